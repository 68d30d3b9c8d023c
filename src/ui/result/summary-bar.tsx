import { useEffect, useRef, useState, type RefObject } from 'react'
import {
  OPTION_SHORT,
  OPTION_TITLES,
  fieldNameOf,
  finishSteps,
  type Assessment,
  type Generated,
  type Readiness,
} from '../../domain/index.ts'
import { currentPermalink } from '../../state/persistence.ts'
import { copyText } from '../common/clipboard.ts'
import { jumpTo } from '../common/jump.ts'
import { useConfirmation } from '../common/use-confirmation.ts'
import { firstTabFirst } from '../files/lead-file.ts'
import { downloadAll, downloadDecision } from './download-all.ts'

interface Props {
  engine: Assessment
  /** The files shown: the current ones, or the last good ones while a value is invalid (`stale`). */
  files: Generated | undefined
  stale: boolean
  /** The files' placeholders, file by file (see result/readiness.ts). */
  readiness: Readiness
}

/**
 * The result at hand at every width, in one line that stays at the top of the window: the option in words,
 * whether the files are ready (one count), the link and the downloads. Every control is drawn from the
 * first paint, disabled until the generator chunk arrives, so the line never changes height and nothing
 * below it moves (issue 18). On a phone the actions sit behind one "Share & download" control.
 */
export function SummaryBar({ engine, files, stale, readiness: fileReadiness }: Props) {
  const rec = engine.recommendation
  const bar = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [confirmation, confirm] = useConfirmation()
  useStickyHeight(bar)
  useCloseOnOutside(bar, open, () => setOpen(false))
  const copy = async () =>
    confirm(
      (await copyText(currentPermalink())) ? 'Link copied' : 'Copy failed: copy it from the address bar',
    )
  const [invalid] = engine.invalid
  const ready = !invalid && fileReadiness.ready
  // Values, not placeholders: the same count as the "Finish" line above the files, which it jumps to.
  const missing = finishSteps(engine.missing, engine.plan, engine.answers).length
  const unanswered = rec.table.filter((row) => row.assumed).length
  const noAnswerYet = unanswered === rec.table.length
  const waiting = files === undefined
  // The phone's menu copies the file a team takes first (the Deployment, or option 1's code sample).
  const lead = files && firstTabFirst(files.files)[0]
  const copyLead = async () =>
    lead &&
    confirm((await copyText(lead.content)) ? `Copied ${lead.name}` : 'Copy failed: use the file’s Copy')
  return (
    <div className="summary-bar" ref={bar} role="region" aria-label="Result at a glance">
      <p className="summary-option">
        {noAnswerYet ? (
          <span className="summary-prompt">
            Answer {unanswered} questions or pick a start{' '}
            <span className="summary-title">
              (until then:{' '}
              <a href="#rec-title" onClick={jumpTo('recommendation')}>
                Option {rec.recommended}
              </a>
              )
            </span>
          </span>
        ) : (
          <>
            <a href="#rec-title" onClick={jumpTo('recommendation')}>
              Option {rec.recommended}
            </a>
            <span className="summary-title">: {OPTION_TITLES[rec.recommended]}</span>
            <span className="summary-short"> · {OPTION_SHORT[rec.recommended]}</span>
            {rec.generated !== rec.recommended ? (
              <span className="summary-generated"> (generating option {rec.generated})</span>
            ) : null}
          </>
        )}
      </p>
      <p
        className={`readiness ${ready ? 'is-ready' : 'not-ready-text'}`}
        data-testid="readiness"
        data-ready={ready ? 'true' : 'false'}
      >
        {invalid ? (
          <>✖ Fix the {fieldNameOf(invalid)}</>
        ) : ready ? (
          <>
            ✔<span className="long"> Files</span> ready
          </>
        ) : missing === 0 && fileReadiness.blocked !== undefined ? (
          <>
            <span className="long">Not ready: </span>choose another identity
          </>
        ) : noAnswerYet ? null : (
          <a href="#finish" onClick={jumpTo(files === undefined || stale ? 'files' : 'finish')}>
            <span className="long">Not ready: </span>
            {missing}
            <span className="long"> {missing === 1 ? 'value' : 'values'}</span> missing
          </a>
        )}
      </p>
      <button
        type="button"
        className="share-toggle"
        id="share-toggle"
        aria-expanded={open}
        aria-controls="summary-actions"
        onClick={() => setOpen(!open)}
      >
        Share &amp; download
      </button>
      <div
        className={noAnswerYet ? 'summary-actions quiet' : 'summary-actions'}
        id="summary-actions"
        data-open={open ? 'true' : 'false'}
      >
        <button type="button" id="copy-link" data-testid="copy-link" onClick={copy}>
          Copy link
        </button>
        <button
          type="button"
          data-testid="download-all"
          onClick={() => files && void downloadAll(engine, files, fileReadiness)}
          disabled={waiting || stale}
          title={
            stale ? 'Fix the value marked in red first' : waiting ? 'The files are being written' : undefined
          }
        >
          Download all (.zip)
        </button>
        <button type="button" className="phone-only" onClick={copyLead} disabled={!lead || stale}>
          Copy {lead?.name ?? 'file'}
        </button>
        <button
          type="button"
          data-testid="download-decision"
          onClick={() => files && void downloadDecision(engine, files, fileReadiness)}
          disabled={waiting || stale}
          title="The decision record, decision.md (MADR 4.0), to take to the design review"
        >
          Decision record
        </button>
        <a
          href="#files"
          className="jump"
          onClick={(e) => {
            setOpen(false)
            jumpTo('files')(e)
          }}
        >
          Files ↓
        </a>
        <span className="confirmation" role="status" aria-live="polite">
          {confirmation}
        </span>
      </div>
    </div>
  )
}

/** Publishes the bar's height as --summary-h, so jump targets sit below it. */
function useStickyHeight(bar: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = bar.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const root = document.documentElement
    const observer = new ResizeObserver(() => root.style.setProperty('--summary-h', `${el.offsetHeight}px`))
    observer.observe(el)
    return () => observer.disconnect()
  }, [bar])
}

/** The phone's "Share & download" menu closes on Escape or a tap elsewhere, as a menu does. */
function useCloseOnOutside(bar: RefObject<HTMLDivElement | null>, open: boolean, close: () => void) {
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close()
    const onDown = (e: PointerEvent) => {
      if (bar.current && !bar.current.contains(e.target as Node)) close()
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onDown)
    }
  }, [bar, open, close])
}
