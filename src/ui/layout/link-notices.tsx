import { noticeConsequence, noticeInWords, questionOf } from '../../domain/index.ts'
import { chooseAnswer, dismissNotices, useAnswers } from '../../state/answers-store.ts'
import { copyText } from '../common/clipboard.ts'
import { useConfirmation } from '../common/use-confirmation.ts'

/**
 * What the opened link held that this page could not use, in the questions' words, right under the
 * summary (on the first screen at every width): what each ignored answer did to the decision, the question asked again in place, and the
 * link as it was received (the address bar holds the answers as read).
 */
export function LinkNotices() {
  const notices = useAnswers((s) => s.notices)
  const answers = useAnswers((s) => s.answers)
  const received = useAnswers((s) => s.received)
  const [confirmation, confirm] = useConfirmation()
  if (notices.length === 0) return null
  const copyReceived = async () => {
    const { origin, pathname } = window.location
    confirm(
      (await copyText(`${origin}${pathname}#${received ?? ''}`))
        ? 'Copied the link as received'
        : 'Copy failed',
    )
  }
  return (
    <div className="link-notices" role="alert">
      <p>
        <strong>Part of this link was ignored</strong>; every other answer in it was kept:
      </p>
      <ul>
        {notices.map((n, i) => {
          const consequence = noticeConsequence(n, answers)
          return (
            <li key={i}>
              {noticeInWords(n)}
              {consequence ? (
                <div className="notice-consequence">
                  <p>{consequence.text}</p>
                  <div
                    className="notice-answers"
                    role="group"
                    aria-label={`Answer it here: ${questionOf(consequence.key) ?? consequence.key}`}
                  >
                    {consequence.outcomes.map((o) => (
                      <button
                        key={o.value}
                        type="button"
                        onClick={() => chooseAnswer(consequence.key, o.value)}
                      >
                        {o.label} → option {o.option}
                      </button>
                    ))}
                  </div>
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
      <div className="notice-actions">
        {received !== undefined ? (
          <button type="button" onClick={copyReceived}>
            Copy the link as received
          </button>
        ) : null}
        <button type="button" onClick={dismissNotices}>
          Dismiss
        </button>
        <span role="status" aria-live="polite">
          {confirmation}
        </span>
      </div>
    </div>
  )
}
