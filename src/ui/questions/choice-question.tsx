import type { ChoiceCopy } from './question-copy.ts'

interface Props<V extends string> {
  id: string
  question: string
  why: string
  choices: ChoiceCopy<V>[]
  value: V | undefined
  /** Shown when the question is not answered yet: what the engine assumes meanwhile. */
  assumed?: V
  notUsed?: string
  onChange: (value: V) => void
}

/** A question as a group of choice cards: native radios, so arrow keys and screen readers just work. */
export function ChoiceQuestion<V extends string>(props: Props<V>) {
  const { id, question, why, choices, value, assumed, notUsed, onChange } = props
  const assumedLabel = choices.find((c) => c.value === assumed)?.label
  return (
    <fieldset className="question" id={`q-${id}`} tabIndex={-1}>
      <legend>{question}</legend>
      <p className="why" id={`q-${id}-why`}>
        {why}
        {value === undefined && assumedLabel ? (
          <span className="assumed"> Not answered yet: assuming “{assumedLabel}”.</span>
        ) : null}
        {notUsed ? <span className="not-used"> {notUsed}</span> : null}
      </p>
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-describedby={`q-${id}-why`}
            />
            <span className="choice-text">
              <span className="choice-label">{choice.label}</span>
              {choice.leadsTo ? <span className="choice-leads">{choice.leadsTo}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
