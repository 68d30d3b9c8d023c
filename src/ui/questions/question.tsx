import {
  choiceQuestion,
  fixIssue,
  isTextKey,
  textQuestion,
  type AnswerKey,
  type Assessment,
} from '../../domain/index.ts'
import { replaceAnswers, setText, useAnswers } from '../../state/answers-store.ts'
import { ChoiceQuestion } from './choice-question.tsx'
import { ObjectsEditor } from './objects-editor.tsx'
import { SelectQuestion } from './select-question.tsx'
import { TextField } from './text-field.tsx'

/** One question of the registry, rendered by its kind; what the option does not use is marked so. */
export function Question({ name, engine }: { name: AnswerKey; engine: Assessment }) {
  const answers = useAnswers((s) => s.answers)
  const justChanged = useAnswers((s) => s.lastChange?.keys.includes(name) ?? false)
  const notUsed = engine.plan.unused[name]
  // Certificates for an Ingress only are ticked on their rows of the objects editor.
  if (name === 'ing') return null
  if (name === 'o') {
    return <ObjectsEditor answers={answers} issues={engine.issues} envUsed={engine.plan.envNames} />
  }
  if (isTextKey(name)) {
    const q = textQuestion(name)
    // Names derived from the app's (service account, SecretProviderClass) show what they will be.
    const derived = name === 'port' ? undefined : engine.resolved[name]
    const issue = engine.issues.find((i) => i.key === name && i.field === undefined)
    const fix = issue && fixIssue(answers, issue)
    return (
      <TextField
        fieldId={name}
        label={q.label}
        value={answers[name]}
        // A message that already says how to find the value (the tenant's az command) stands for the hint.
        hint={issue?.message.includes('`az ') && q.hint.includes(' az ') ? undefined : q.hint}
        placeholder={q.example ?? derived}
        issue={issue}
        warning={issue ? undefined : q.warn?.(answers[name])}
        notUsed={notUsed}
        inputMode={q.numeric ? 'numeric' : 'text'}
        fix={fix && { label: fix.label, apply: () => replaceAnswers(fix.answers) }}
        onChange={(v) => setText(name, v)}
      />
    )
  }
  const resolved = engine.resolved[name]
  // The code sample's language sits beside the code sample when there is one (files panel).
  if (name === 'lang' && engine.plan.codeSample) return null
  if (choiceQuestion(name).control === 'select') {
    return <SelectQuestion name={name} value={String(resolved)} notUsed={notUsed} />
  }
  const value = answers[name]
  // Issue 17: Reloader is offered when a rotated value cannot reach the running process otherwise.
  const suggestion =
    name === 'reload' && engine.plan.reloadSuggested && value === undefined
      ? 'Suggested: with rotation while running, the env vars (or files read once at start) change only when the pods roll.'
      : undefined
  return (
    <ChoiceQuestion
      name={name}
      suggestion={suggestion}
      issue={engine.issues.find((i) => i.key === name)?.message}
      value={value === undefined ? undefined : String(value)}
      // Unanswered, the engine goes by the resolved answer: assumed (code, copy, ...) or derived (identity).
      assumed={resolved === undefined ? undefined : String(resolved)}
      notUsed={notUsed}
      justChanged={justChanged}
    />
  )
}
