import { choiceOptions, choiceQuestion, type ChoiceKey } from '../../domain/index.ts'
import { chooseAnswer } from '../../state/answers-store.ts'

interface Props {
  name: ChoiceKey
  value: string | undefined
  /** What the engine goes by while the question is unanswered (the resolved answer), if anything. */
  assumed?: string | undefined
  notUsed?: string | undefined
  /** Why the engine suggests answering this question now (Reloader for rotation while running). */
  suggestion?: string | undefined
  /** What is wrong with this answer together with the others, shown under the cards. */
  issue?: string | undefined
  /** Set by the last preset or lever tried: highlighted so the eye finds what changed. */
  justChanged?: boolean
}

/** A question as a group of choice cards: native radios, so arrow keys and screen readers just work. */
export function ChoiceQuestion({ name, value, assumed, notUsed, suggestion, issue, justChanged }: Props) {
  const q = choiceQuestion(name)
  const choices = choiceOptions(name)
  const assumedLabel = choices.find((c) => c.value === assumed)?.label
  return (
    <fieldset className={justChanged ? 'question just-changed' : 'question'} id={`q-${name}`} tabIndex={-1}>
      <legend>{q.question ?? q.title}</legend>
      <p className="why" id={`q-${name}-why`}>
        {q.why}
        {value === undefined && assumedLabel ? (
          <span className="assumed"> Not answered yet: assuming “{assumedLabel}”.</span>
        ) : null}
        {notUsed ? <span className="not-used"> {notUsed}</span> : null}
        {suggestion ? <span className="suggestion"> {suggestion}</span> : null}
      </p>
      <div className="choices">
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
            <span className="choice-text">
              <span className="choice-label">{choice.label}</span>
              {choice.leadsTo ? <span className="choice-leads">{choice.leadsTo}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {issue ? (
        <p className="message invalid" id={`q-${name}-issue`}>
          {issue}
        </p>
      ) : null}
    </fieldset>
  )
}
