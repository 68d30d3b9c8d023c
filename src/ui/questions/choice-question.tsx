import { choiceOptions, choiceQuestion, type ChoiceKey } from '../../domain/index.ts'
import { chooseAnswer } from '../../state/answers-store.ts'

interface Props {
  name: ChoiceKey
  value: string | undefined
  /** What the engine goes by while the question is unanswered (the resolved answer), if anything. */
  assumed?: string | undefined
  /** Why the engine suggests answering this question now (Reloader for rotation while running). */
  suggestion?: string | undefined
  /** What is wrong with this answer together with the others, shown under the choices. */
  issue?: string | undefined
  /** Set by the last preset or lever tried: highlighted so the eye finds what changed. */
  justChanged?: boolean
}

/**
 * A question as a one-line segmented choice (native radios, so arrow keys and screen readers just work), with
 * the consequence of the chosen, or else assumed, answer in one line under it; before any of them, why it matters.
 */
export function ChoiceQuestion({ name, value, assumed, suggestion, issue, justChanged }: Props) {
  const q = choiceQuestion(name)
  const choices = choiceOptions(name)
  const assumedChoice = choices.find((c) => c.value === assumed)
  const current = choices.find((c) => c.value === value) ?? assumedChoice
  return (
    <fieldset className={justChanged ? 'question just-changed' : 'question'} id={`q-${name}`} tabIndex={-1}>
      <legend>{q.question ?? q.title}</legend>
      <div className="choices" title={q.why}>
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => chooseAnswer(name, choice.value)}
              aria-describedby={issue ? `q-${name}-why q-${name}-issue` : `q-${name}-why`}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      <p className="why" id={`q-${name}-why`}>
        {value === undefined && assumedChoice ? (
          <span className="assumed">Not answered yet: assuming “{assumedChoice.label}”. </span>
        ) : null}
        {current?.leadsTo ?? q.why}
        {suggestion ? <span className="suggestion"> {suggestion}</span> : null}
      </p>
      {issue ? (
        <p className="message invalid" id={`q-${name}-issue`}>
          {issue}
        </p>
      ) : null}
    </fieldset>
  )
}
