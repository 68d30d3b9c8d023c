import { lazy, Suspense, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import {
  APPLY_SCRIPT,
  type Assessment,
  type Generated,
  type OutputFile,
  type Readiness,
} from '../../domain/index.ts'
import type { Loaded } from '../../state/lazy-module.ts'
import { copyText, downloadText } from '../common/clipboard.ts'
import { jumpToShare } from '../common/jump.ts'
import { focusField } from '../common/focus-field.ts'
import { useConfirmation } from '../common/use-confirmation.ts'
import { useSettled } from '../flow/use-settled.ts'
import { SelectQuestion } from '../questions/select-question.tsx'
import { CodeBlock } from './code-block.tsx'
import { firstTabFirst } from './lead-file.ts'
import { FinishStrip } from './finish-strip.tsx'
import { ProblemList } from './problem-list.tsx'
import { tabFromKey } from '../common/tab-keys.ts'

// Shown only after a value typed is invalid: with the chunk loaded after the first paint (ui/deferred.ts).
const StaleBanner = lazy(() => import('../deferred.ts').then((m) => ({ default: m.StaleBanner })))

const ALL_MANIFESTS_FILE = 'akv-wizard-manifests.yaml'

interface Props {
  engine: Assessment
  files: Loaded<Generated>
  /** The files to show: the current ones, or while a value is invalid the last good ones (`stale`). */
  shown: { value: Generated | undefined; stale: boolean }
  /** The shown files' placeholders, file by file, for the tabs' marks. */
  readiness: Readiness
}

/** The files of the generated option: a tab each, copy and download. */
export function FilesPanel({ engine, files: loaded, shown, readiness }: Props) {
  const generated = shown.value
  const { invalid, missing } = engine
  const [selected, setSelected] = useState(0)
  const [confirmation, confirm] = useConfirmation()
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  // While someone types, the last good files simply stay; the banner and the dimming wait for a pause.
  const stale = useSettled(shown.stale) && shown.stale
  const files = firstTabFirst(generated?.files ?? [])
  const index = Math.min(selected, files.length - 1)
  const file = files[index]

  if (invalid.length > 0 && !shown.stale) {
    return (
      <FilesCard>
        <div className="fix-first" role="status">
          <p>
            <strong>
              Fix {invalid.length === 1 ? 'this answer' : `these ${invalid.length} answers`} to see the files
            </strong>{' '}
            (they would not work as they stand):
          </p>
          <ProblemList issues={invalid} />
        </div>
      </FilesCard>
    )
  }

  if (!generated && loaded.failed) {
    return (
      <FilesCard>
        <div className="fix-first" role="alert">
          <p>
            <strong>The file generator could not be loaded.</strong> The page may be offline, or a new release
            replaced the files it needs. Your answers are kept.
          </p>
          <button type="button" onClick={loaded.retry}>
            Try again
          </button>
        </div>
      </FilesCard>
    )
  }

  if (!generated) {
    return (
      <FilesCard busy>
        <p role="status">Preparing the files…</p>
      </FilesCard>
    )
  }

  const onTabKey = (e: KeyboardEvent) => {
    const next = tabFromKey(e.key, index, files.length)
    if (next === undefined) return
    e.preventDefault()
    setSelected(next)
    tabs.current[next]?.focus()
  }
  const left = (name: string): number => readiness.files.find((f) => f.name === name)?.keys.length ?? 0
  const copy = async (f: OutputFile) =>
    confirm((await copyText(f.content)) ? `Copied ${f.name}` : 'Copy failed: select the text and copy it')

  return (
    <section
      className={stale ? 'card files stale' : 'card files'}
      id="files"
      data-testid="files"
      tabIndex={-1}
      aria-labelledby="files-title"
    >
      <div className="files-head">
        <h2 id="files-title">Files for option {generated.option}</h2>
      </div>
      {stale ? (
        <Suspense fallback={null}>
          <StaleBanner answers={engine.answers} invalid={invalid} />
        </Suspense>
      ) : null}
      {/* Drawn while a value typed into it is invalid too: it holds that value's input. */}
      <FinishStrip engine={engine} />
      {stale || missing.length > 0 ? null : readiness.blocked !== undefined ? (
        <div className="not-ready" role="status">
          <p>
            <strong>Not ready to apply:</strong> {readiness.blocked}
          </p>
        </div>
      ) : (
        <p className="ready">
          {files.some((f) => f.name === APPLY_SCRIPT)
            ? `Ready to apply: run ${APPLY_SCRIPT}, which applies the Azure side as code, then the manifests.`
            : 'Ready to apply: run the Azure CLI script, then kubectl apply the manifests.'}
        </p>
      )}
      <div className="tabs" role="tablist" aria-label="Generated files" onKeyDown={onTabKey}>
        {files.map((f, i) => (
          <button
            key={f.name}
            ref={(el) => {
              tabs.current[i] = el
            }}
            type="button"
            role="tab"
            id={`tab-${i}`}
            aria-selected={i === index}
            aria-controls="file-panel"
            tabIndex={i === index ? 0 : -1}
            onClick={() => setSelected(i)}
          >
            {f.title}
            {left(f.name) > 0 ? (
              <span className="placeholder-mark" aria-label={`, ${plural(left(f.name), 'value')} missing`}>
                {' '}
                ●
              </span>
            ) : null}
          </button>
        ))}
      </div>
      {/* After the tabs, so that Tab from the files region (its skip link) reaches the first file first. */}
      <div className="files-head files-options">
        <SelectQuestion name="iac" value={engine.resolved.iac} inline />
        {files.some((f) => f.kind === 'code') ? (
          <SelectQuestion name="lang" value={String(engine.resolved.lang)} inline />
        ) : null}
      </div>
      {file ? (
        <div role="tabpanel" id="file-panel" aria-labelledby={`tab-${index}`}>
          <CodeBlock
            code={file.content}
            language={file.language}
            labelledBy="file-name"
            tools={
              <>
                <span className="file-name" id="file-name">
                  {file.name}
                </span>

                <button type="button" onClick={() => copy(file)} aria-label={`Copy ${file.name}`}>
                  Copy
                </button>
                <button
                  type="button"
                  onClick={() => downloadText(file.name, file.content)}
                  aria-label={`Download ${file.name}${left(file.name) > 0 ? `, ${plural(left(file.name), 'value')} missing` : ''}`}
                >
                  Download{left(file.name) > 0 ? ` (${plural(left(file.name), 'value')} missing)` : ''}
                </button>
                {/* Back up to the link from the file just copied: the bar is 40–50 Tab stops above. */}
                <button type="button" className="link" onClick={jumpToShare}>
                  Link and Download all ↑
                </button>
                <span className="confirmation" role="status" aria-live="polite">
                  {confirmation}
                </span>
              </>
            }
          />
        </div>
      ) : null}
      <p className="hint">
        Every manifest in one file, for <code>kubectl apply -f</code>:{' '}
        <button
          type="button"
          data-testid="download-manifests"
          onClick={() => downloadText(ALL_MANIFESTS_FILE, generated.allManifests, 'application/yaml')}
        >
          Manifests as one YAML
        </button>
      </p>
      <p className="hint">
        To change an answer, go{' '}
        <button type="button" className="link" onClick={() => focusField('q-code')}>
          back to the questions
        </button>
        .
      </p>
    </section>
  )
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** The files region while there are no files to show: why, or that they are on their way. */
function FilesCard({ busy, children }: { busy?: boolean; children: ReactNode }) {
  return (
    <section
      className="card files"
      id="files"
      data-testid="files"
      tabIndex={-1}
      aria-labelledby="files-title"
      aria-busy={busy ? 'true' : undefined}
    >
      <h2 id="files-title">Files</h2>
      {children}
    </section>
  )
}
