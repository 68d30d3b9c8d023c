import { choiceOptions, choiceQuestion, type ChoiceKey } from '../../domain/index.ts'
import { chooseAnswer } from '../../state/answers-store.ts'

interface Props {
  name: ChoiceKey
  /** The answer, or the value that applies while unanswered. */
  value: string
  /** Shown in a toolbar (the code sample's language beside the code), on one line. */
  inline?: boolean
}

/** A secondary choice (cloud, code sample language) as a labelled select. */
export function SelectQuestion({ name, value, inline }: Props) {
  return (
    <div className={inline ? 'field field-inline' : 'field'}>
      <label htmlFor={`f-${name}`}>{choiceQuestion(name).title}</label>
      <select id={`f-${name}`} value={value} onChange={(e) => chooseAnswer(name, e.target.value)}>
        {choiceOptions(name).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  )
}
