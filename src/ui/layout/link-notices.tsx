import { noticeInWords } from '../../domain/index.ts'
import { dismissNotices, useAnswers } from '../../state/answers-store.ts'

/** What the opened link held that this page could not use, in the questions' words; the rest was kept. */
export function LinkNotices() {
  const notices = useAnswers((s) => s.notices)
  if (notices.length === 0) return null
  return (
    <div className="link-notices" role="alert">
      <p>
        <strong>Part of this link was ignored</strong>; every other answer in it was kept:
      </p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{noticeInWords(n)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissNotices}>
        Dismiss
      </button>
    </div>
  )
}
