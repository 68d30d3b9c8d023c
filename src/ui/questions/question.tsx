import {
  choiceQuestion,
  isTextKey,
  textQuestion,
  type AnswerKey,
  type Assessment,
} from '../../domain/index.ts'
import { setText, useAnswers } from '../../state/answers-store.ts'
import { ChoiceQuestion } from './choice-question.tsx'
import { ObjectsEditor } from './objects-editor.tsx'
import { SelectQuestion } from './select-question.tsx'
import { TextField } from './text-field.tsx'

/** One question of the registry, rendered by its kind; what the option does not use is marked so. */
export function Question({ name, engine }: { name: AnswerKey; engine: Assessment }) {
  const answers = useAnswers((s) => s.answers)
  const notUsed = engine.plan.unused[name]
  if (name === 'o') {
    return <ObjectsEditor objects={answers.objects} issues={engine.issues} envUsed={engine.plan.envNames} />
  }
  if (isTextKey(name)) {
    const q = textQuestion(name)
    // Names derived from the app's (service account, SecretProviderClass) show what they will be.
    const derived = name === 'port' ? undefined : engine.resolved[name]
    return (
      <TextField
        fieldId={name}
        label={q.label}
        value={answers[name]}
        hint={q.hint}
        placeholder={q.example ?? derived}
        issue={engine.issues.find((i) => i.key === name && i.field === undefined)}
        notUsed={notUsed}
        inputMode={q.numeric ? 'numeric' : 'text'}
        onChange={(v) => setText(name, v)}
      />
    )
  }
  const resolved = engine.resolved[name]
  if (choiceQuestion(name).control === 'select') {
    return <SelectQuestion name={name} value={String(resolved)} notUsed={notUsed} />
  }
  const value = answers[name]
  return (
    <ChoiceQuestion name={name} value={value === undefined ? undefined : String(value)} notUsed={notUsed} />
  )
}
