import { memo, useRef, useState, type KeyboardEvent } from 'react'
import { tabFromKey } from '../common/tab-keys.ts'
import { downloadText } from '../common/clipboard.ts'
import { CodeBlock } from '../files/code-block.tsx'
import { Checklist } from './checklist.tsx'
import { ObjectDiff } from './object-diff.tsx'
import { downloadFolder } from '../files/zip.ts'
import {
  inputPaths,
  PATCHED_FILE,
  type ImportFile,
  type ImportReply,
  type MigrationView,
} from './import-work.ts'

const VIEWS = ['Patched manifests', 'Changes', 'Kustomize overlay', 'Checklist'] as const
type View = (typeof VIEWS)[number]

const tabId = (view: View): string => `import-tab-${VIEWS.indexOf(view)}`

/**
 * The most of the patched stream shown on the page (the download has all of it): laying out 700 KB of text
 * on every answer changed would hold the page's thread far beyond a keystroke's time.
 */
const SHOWN_CHARS = 20_000

function shownPart(yaml: string): { text: string; more: number } {
  if (yaml.length <= SHOWN_CHARS) return { text: yaml, more: 0 }
  const cut = yaml.lastIndexOf('\n', SHOWN_CHARS) + 1
  const text = yaml.slice(0, cut)
  let more = 0
  for (let i = cut; i < yaml.length; i = yaml.indexOf('\n', i) + 1 || yaml.length) more++
  return { text, more }
}

/** The imported manifests with the option applied: in full, as diffs, as a Kustomize overlay, and a report. */
/**
 * Drawn again only when the worker answers (its props are that reply's objects), not on every keystroke in an
 * answer that re-renders the import panel.
 */
export const ImportResult = memo(function ImportResult({
  migration,
  kept,
}: {
  /** Worked out by the import worker: the page only renders it. */
  migration: NonNullable<ImportReply['migration']>
  /** The files as the user gave them, every Secret value blanked: the overlay's archive holds these. */
  kept: readonly ImportFile[]
}) {
  const [view, setView] = useState<View>('Patched manifests')
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const toggle = (what: string) =>
    setTicked((s) => {
      const next = new Set(s)
      if (next.has(what)) next.delete(what)
      else next.add(what)
      return next
    })
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  // Arrow keys, Home and End move between the views, as in the files panel: the others are tabIndex -1.
  const onTabKey = (e: KeyboardEvent) => {
    const next = tabFromKey(e.key, VIEWS.indexOf(view), VIEWS.length)
    const target = next === undefined ? undefined : VIEWS[next]
    if (next === undefined || target === undefined) return
    e.preventDefault()
    setView(target)
    tabs.current[next]?.focus()
  }
  const { result, diffs, overlay } = migration
  const paths = inputPaths(kept.map((f) => f.name))
  const shown = shownPart(result.yaml)

  return (
    <section className="card import-result" data-testid="import-result" aria-labelledby="import-result-title">
      <h2 id="import-result-title">
        Your manifests with option {result.option}
        {result.mode === 'akv2k8s' ? ', converted from akv2k8s' : ''}
      </h2>
      <div className="tabs" role="tablist" aria-label="Import results" onKeyDown={onTabKey}>
        {VIEWS.map((v, i) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[i] = el
            }}
            id={tabId(v)}
            type="button"
            role="tab"
            aria-selected={v === view}
            tabIndex={v === view ? 0 : -1}
            aria-controls="import-view"
            onClick={() => setView(v)}
          >
            {v}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="import-view" aria-labelledby={tabId(view)}>
        {view === 'Patched manifests' && result.yaml.trim() === '' ? (
          <p>Nothing here can be written for the CSI driver: the report says why, and what to do instead.</p>
        ) : null}
        {view === 'Patched manifests' && result.yaml.trim() !== '' ? (
          <>
            <div className="file-toolbar">
              <button
                type="button"
                onClick={() => downloadText(PATCHED_FILE, result.yaml, 'application/yaml')}
              >
                Download patched.yaml
              </button>
            </div>
            <CodeBlock code={shown.text} language="yaml" labelledBy={tabId(view)} />
            {shown.more > 0 ? (
              <p className="hint">
                … and {shown.more} more lines: <strong>Download patched.yaml</strong> has them all.
              </p>
            ) : null}
          </>
        ) : null}
        {view === 'Changes' ? (
          diffs.length === 0 ? (
            <p>Nothing to change: the workloads already have what the option needs.</p>
          ) : (
            diffs.map((d) => <ObjectDiff key={d.title} diff={d} />)
          )
        ) : null}
        {view === 'Kustomize overlay' ? (
          <>
            <p className="hint">
              For manifests kept in Git: <code>kubectl kustomize</code> of this folder gives the patched
              manifests; your files go in <code>input/</code> unchanged.
            </p>
            <div className="file-toolbar">
              <button
                type="button"
                onClick={() =>
                  void downloadFolder('akv-wizard-overlay', [
                    ...overlay.map((f) => ({ name: f.path, content: f.content })),
                    ...kept.map((f, i) => ({ name: paths[i] ?? f.name, content: f.text })),
                  ])
                }
              >
                Download the overlay (.zip)
              </button>
            </div>
            {overlay.map((f) => (
              <section key={f.path}>
                <h3>{f.path}</h3>
                <CodeBlock code={f.content} language="yaml" labelledBy={tabId(view)} />
              </section>
            ))}
          </>
        ) : null}
        {view === 'Checklist' ? <Report result={result} ticked={ticked} onToggle={toggle} /> : null}
      </div>
    </section>
  )
})

function Report({
  result,
  ticked,
  onToggle,
}: {
  result: MigrationView
  ticked: ReadonlySet<string>
  onToggle: (what: string) => void
}) {
  return (
    <>
      <Checklist result={result} ticked={ticked} onToggle={onToggle} />
      {result.lint.length > 0 ? (
        <>
          <h3>Mistakes in the imported SecretProviderClasses</h3>
          <ul className="lint">
            {result.lint.map((f, i) => (
              <li key={i}>
                <strong>{f.subject}</strong>: {f.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
