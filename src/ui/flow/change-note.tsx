import type { ReactNode } from 'react'
import { choiceOptions, isChoiceKey, questionOf, type Answers } from '../../domain/index.ts'
import { useAnswers, type LastChange } from '../../state/answers-store.ts'

const answerText = (answers: Answers, key: string): string => {
  if (!isChoiceKey(key)) return ''
  const value = answers[key]
  return value === undefined
    ? 'not answered'
    : (choiceOptions(key).find((c) => c.value === String(value))?.label ?? '')
}

/**
 * What a change made for the user did, answer by answer (“Copy in a Kubernetes Secret: No → Yes”), with Undo;
 * `children` say more about it before the Undo (a preset: what it is for and what it costs in security).
 */
export function ChangeNote({
  change,
  onUndo,
  children,
}: {
  change: LastChange
  onUndo: () => void
  children?: ReactNode
}) {
  const answers = useAnswers((s) => s.answers)
  return (
    <div className="change-note" role="status">
      <p>
        <strong>Applied {change.what}.</strong>{' '}
        {change.keys.length === 0 ? 'It changed no answer: they were already so.' : 'It changed:'}
      </p>
      {change.keys.length > 0 ? (
        <ul>
          {change.keys.map((key) => (
            <li key={key}>
              {questionOf(key)}: {answerText(change.before, key)} →{' '}
              <strong>{answerText(answers, key)}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  )
}
