import { lazy, Suspense, useMemo } from 'react'
import { leversFor, syncLever, type Answers, type Lever, type OptionId } from '../../domain/index.ts'
import { tryChoices, undoLastChange, useAnswers } from '../../state/answers-store.ts'
import { focusField } from '../common/focus-field.ts'

// The note comes after Try it: with the chunk loaded after the first paint (ui/deferred.ts).
const ChangeNote = lazy(() => import('../deferred.ts').then((m) => ({ default: m.ChangeNote })))

const describe = (lever: Lever): string =>
  lever.changes.map((c) => `“${c.question}: ${c.answer}” instead of “${c.was}”`).join(' and ')

/**
 * "What would change it": for each other option, the smallest change of answers that makes it the
 * recommendation, each with Try it (and Undo after); an option only a refused answer stands between says so.
 */
export function Levers({
  answers,
  recommended,
  generated,
}: {
  answers: Answers
  recommended: OptionId
  generated: OptionId
}) {
  const all = useMemo(() => leversFor(answers), [answers])
  // Option 3 on the driver's sync, planned to be deprecated: the same option on the supported path, listed
  // after the levers to other options.
  const sync = syncLever(answers, generated)
  const lastChange = useAnswers((s) => s.lastChange)
  // Options a change of answers can reach first; those your own limits rule out after.
  const ordered = [...all].sort(
    (a, b) => Number(a.blockedBy !== undefined) - Number(b.blockedBy !== undefined),
  )
  return (
    <div className="levers" aria-labelledby="levers-title">
      <h3 id="levers-title">What would change it</h3>
      {lastChange?.source === 'lever' ? (
        <Suspense fallback={null}>
          <ChangeNote change={lastChange} onUndo={undoLastChange} />
        </Suspense>
      ) : null}
      <ul>
        {ordered.map(({ option, levers, blockedBy }) => (
          <li key={option}>
            <strong>For option {option}: </strong>
            {blockedBy ? (
              <>
                no other answer change makes it fit: your answer “{blockedBy.answer}” to{' '}
                <button type="button" className="link" onClick={() => focusField(`q-${blockedBy.key}`)}>
                  {blockedBy.question}
                </button>{' '}
                rules it out.{' '}
              </>
            ) : null}
            {levers.length === 0 && !blockedBy ? 'no answer change makes it fit.' : null}
            {levers.map((lever, i) => (
              <span key={describe(lever)} className="lever">
                {i > 0 ? ' Or ' : blockedBy ? 'If you can reconsider: ' : ''}
                {describe(lever)}.{' '}
                <button
                  type="button"
                  className="try-it"
                  aria-label={`Try it: ${describe(lever)}, which makes option ${option} the recommendation (recommended now: option ${recommended})`}
                  onClick={() => tryChoices(`the change for option ${option}`, lever.changes)}
                >
                  Try it
                </button>
              </span>
            ))}
          </li>
        ))}
        {sync ? (
          <li>
            <strong>For option 3 on a supported path: </strong>
            <span className="lever">
              {describe(sync)}.{' '}
              <button
                type="button"
                className="try-it"
                aria-label={`Try it: ${describe(sync)}, the supported sync path for option 3`}
                onClick={() => tryChoices('the supported sync for option 3', sync.changes)}
              >
                Try it
              </button>
            </span>
          </li>
        ) : null}
      </ul>
    </div>
  )
}
