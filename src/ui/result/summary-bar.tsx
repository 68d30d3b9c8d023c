import { useEffect, useRef, type RefObject } from 'react'
import {
  OPTION_TITLES,
  fieldNameOf,
  type Assessment,
  type Generated,
  type Readiness,
} from '../../domain/index.ts'
import { currentPermalink } from '../../state/persistence.ts'
import { copyText } from '../common/clipboard.ts'
import { jumpTo } from '../common/jump.ts'
import { useConfirmation } from '../common/use-confirmation.ts'
import { downloadAll } from './download-all.ts'

interface Props {
  engine: Assessment
  /** The files shown: the current ones, or the last good ones while a value is invalid (`stale`). */
  files: Generated | undefined
  stale: boolean
  /** The files' placeholders, file by file (see result/readiness.ts). */
  readiness: Readiness
}

/**
 * The result at hand at every width: the recommended option, whether the files are ready, the link, the
 * files in one download and a jump to them. It stays at the top of the window (sticky), so none of this is
 * ever more than one click away.
 */
export function SummaryBar({ engine, files, stale, readiness: fileReadiness }: Props) {
  const rec = engine.recommendation
  const bar = useRef<HTMLDivElement>(null)
  const [confirmation, confirm] = useConfirmation()
  useStickyHeight(bar)
  const copy = async () =>
    confirm(
      (await copyText(currentPermalink())) ? 'Link copied' : 'Copy failed: copy it from the address bar',
    )
  const [invalid] = engine.invalid
  const ready = !invalid && fileReadiness.ready
  const left = fileReadiness.count
  const readiness = invalid
    ? `✖ Fix the ${fieldNameOf(invalid)}`
    : ready
      ? '✔ Files ready'
      : engine.missing.length === 0 && fileReadiness.blocked !== undefined
        ? 'Not ready: choose another identity'
        : `Not ready: ${engine.missing.length} ${engine.missing.length === 1 ? 'value' : 'values'} missing`
  return (
    <div className="summary-bar" ref={bar} role="region" aria-label="Result at a glance">
      <p className="summary-option">
        <a href="#rec-title" onClick={jumpTo('recommendation')}>
          Option {rec.recommended}
        </a>
        <span className="summary-title">: {OPTION_TITLES[rec.recommended]}</span>
        {rec.generated !== rec.recommended ? (
          <span className="summary-generated"> (generating option {rec.generated})</span>
        ) : null}
      </p>
      <p
        className={`readiness ${ready ? 'is-ready' : 'not-ready-text'}`}
        data-testid="readiness"
        data-ready={ready ? 'true' : 'false'}
      >
        {readiness}
      </p>
      <div className="summary-actions">
        <button type="button" data-testid="copy-link" onClick={copy}>
          Copy link
        </button>
        {files ? (
          <button
            type="button"
            data-testid="download-all"
            onClick={() => void downloadAll(engine, files, fileReadiness)}
            disabled={stale}
            title={stale ? 'Fix the value marked in red first' : undefined}
          >
            Download all (.zip){left > 0 ? `, ${left} placeholder${left === 1 ? '' : 's'} left` : ''}
          </button>
        ) : null}
        <a href="#files" className="jump" onClick={jumpTo('files')}>
          Files ↓
        </a>
        <span className="confirmation" role="status" aria-live="polite">
          {confirmation}
        </span>
      </div>
    </div>
  )
}

/** Publishes the bar's height as --summary-h, so the sticky result pane and jump targets sit below it. */
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
