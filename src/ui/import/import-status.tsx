import { IMPORT_BUDGET_MS } from './import-jobs.ts'
import type { ImportWork } from './use-import-work.ts'

/** What this browser keeps of the import, said where the import is given. */
export function KeptInBrowser() {
  return (
    <p className="hint" id="import-kept">
      Kept in this browser for a reload: your answers (also in the link), and the YAML once it reads, with
      every Secret’s <code>data</code>, <code>stringData</code> and annotations left out. YAML that does not
      read stays in this tab only. Nothing is sent anywhere.
    </p>
  )
}

/** Reading in progress (with a cancel), or why it stopped (with a way to try again). */
export function ImportStatus({ work }: { work: ImportWork }) {
  if (work.stopped) {
    const why =
      work.stopped === 'timeout'
        ? `Reading stopped after ${IMPORT_BUDGET_MS / 1000} seconds: this is more than the importer can read in time.`
        : work.stopped === 'cancelled'
          ? 'Reading cancelled.'
          : 'The importer stopped on an error it did not foresee.'
    return (
      <div role="alert" className="fix-first" data-testid="import-stopped">
        <p>
          {why} Your answers are unchanged, and this import is not kept for a reload.{' '}
          <button type="button" onClick={work.retry}>
            Try again
          </button>
        </p>
      </div>
    )
  }
  if (!work.busy) return null
  return (
    <p role="status" className="hint" data-testid="import-busy">
      Reading your manifests…{' '}
      <button type="button" className="link" onClick={work.cancel}>
        Cancel
      </button>
    </p>
  )
}

/** An import an earlier release saved whole: read again only on request, in case it stopped the page. */
export function UnreadImport({ count, onAnswer }: { count: number; onAnswer: (read: boolean) => void }) {
  return (
    <div role="alert" className="fix-first" data-testid="import-unread">
      <p>
        An import of {count} file{count === 1 ? '' : 's'} from an earlier visit is saved in this browser. It
        was not read again, in case it is what stopped the page.{' '}
        <button type="button" onClick={() => onAnswer(true)}>
          Read it again
        </button>{' '}
        <button type="button" onClick={() => onAnswer(false)}>
          Discard it
        </button>
      </p>
    </div>
  )
}
