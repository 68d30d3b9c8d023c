import { lazy, Suspense, useState } from 'react'
import { useImport } from '../../state/import-store.ts'
import { setMode } from '../modes/mode.ts'

// The importer and its styles load when the section is first opened (or opens itself on a saved import), not
// with the first screen; Migrate mode loads the same chunk.
const Panel = lazy(() =>
  Promise.all([import('./import-work-panel.tsx'), import('./import.css')]).then(([m]) => ({
    default: m.ImportWorkPanel,
  })),
)

/**
 * Decide's "Start from your manifests": the importer in the answers column, folded until asked for. The same
 * importer has the whole width in Migrate mode.
 */
export function ImportPanel() {
  const saved = useImport((s) => s.files.length > 0)
  const [open, setOpen] = useState(saved)
  return (
    <details className="card import" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 id="g-import">Start from your manifests (optional)</h2>
      </summary>
      <p className="hint">
        Or{' '}
        <button type="button" className="link" onClick={() => setMode('migrate')}>
          migrate from your YAML
        </button>{' '}
        with the whole width: the paste beside the result, a diff per object and a checklist.
      </p>
      {open ? (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Panel wide={false} />
        </Suspense>
      ) : null}
    </details>
  )
}
