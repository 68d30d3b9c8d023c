import { useMemo, useState } from 'react'
import type { Answers } from '../../domain/index.ts'
import type { ImportResult as Imported } from '../../domain/migrate/index.ts'
import { downloadText } from '../common/clipboard.ts'
import { CodeBlock } from '../files/code-block.tsx'
import { downloadFolder } from '../files/zip.ts'
import type { ImportedFile } from '../../state/import-store.ts'

type MigrateModule = typeof import('../../domain/migrate/index.ts')

const VIEWS = ['Patched manifests', 'Changes', 'Kustomize overlay', 'Report'] as const
type View = (typeof VIEWS)[number]

const tabId = (view: View): string => `import-tab-${VIEWS.indexOf(view)}`

/** Where the overlay finds the untouched input inside its archive. */
const inputPath = (name: string): string => `input/${name.replace(/[^A-Za-z0-9._-]/g, '_')}`

/** The imported manifests with the option applied: in full, as diffs, as a Kustomize overlay, and a report. */
export function ImportResult({
  module,
  input,
  sources,
  answers,
}: {
  module: MigrateModule
  input: Imported
  /** The files as the user gave them: the overlay's archive holds them unchanged. */
  sources: readonly ImportedFile[]
  answers: Answers
}) {
  const [view, setView] = useState<View>('Patched manifests')
  const result = useMemo(() => module.migrate(input, answers), [module, input, answers])
  const diffs = useMemo(() => module.documentDiffs(result), [module, result])
  const overlay = useMemo(
    () =>
      module.kustomizeOverlay(
        result,
        sources.map((f) => inputPath(f.name)),
      ),
    [module, result, sources],
  )

  return (
    <div className="import-result" data-testid="import-result">
      <h3>
        Your manifests with option {result.option}
        {result.mode === 'akv2k8s' ? ', converted from akv2k8s' : ''}
      </h3>
      <div className="tabs" role="tablist" aria-label="Import results">
        {VIEWS.map((v) => (
          <button
            key={v}
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
                onClick={() => downloadText('patched.yaml', result.yaml, 'application/yaml')}
              >
                Download patched.yaml
              </button>
            </div>
            <CodeBlock code={result.yaml} language="yaml" labelledBy={tabId(view)} />
          </>
        ) : null}
        {view === 'Changes' ? (
          diffs.length === 0 ? (
            <p>Nothing to change: the workloads already have what the option needs.</p>
          ) : (
            diffs.map((d) => (
              <section key={d.title} className="diff">
                <h4>
                  {d.title} ({d.change})
                </h4>
                <pre className="code" tabIndex={0} aria-label={`Changes to ${d.title}`}>
                  {d.patch.split('\n').map((line, i) => (
                    <span
                      key={i}
                      className={line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : undefined}
                    >
                      {line}
                      {'\n'}
                    </span>
                  ))}
                </pre>
              </section>
            ))
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
                    ...sources.map((f) => ({ name: inputPath(f.name), content: f.text })),
                  ])
                }
              >
                Download the overlay (.zip)
              </button>
            </div>
            {overlay.map((f) => (
              <section key={f.path}>
                <h4>{f.path}</h4>
                <CodeBlock code={f.content} language="yaml" labelledBy={tabId(view)} />
              </section>
            ))}
          </>
        ) : null}
        {view === 'Report' ? <Report result={result} /> : null}
      </div>
    </div>
  )
}

function Report({ result }: { result: ReturnType<MigrateModule['migrate']> }) {
  return (
    <>
      <table className="report">
        <caption>One row per imported construct</caption>
        <thead>
          <tr>
            <th scope="col">Construct</th>
            <th scope="col">Status</th>
            <th scope="col">Result</th>
            <th scope="col">To do</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, i) => (
            <tr key={i} data-status={row.status}>
              <th scope="row">{row.construct}</th>
              <td>{row.status}</td>
              <td>{row.result}</td>
              <td>{row.todo}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.lint.length > 0 ? (
        <>
          <h4>Mistakes in the imported SecretProviderClasses</h4>
          <ul className="lint">
            {result.lint.map((f, i) => (
              <li key={i}>
                <strong>{f.subject}</strong>: {f.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.cleanup.length > 0 ? (
        <>
          <h4>After the switch, in this order</h4>
          <ol>
            {result.cleanup.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  )
}
