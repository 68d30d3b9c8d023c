import { useDeferredValue, useMemo, useRef, type DragEvent } from 'react'
import { isChoiceKey, isTextKey, questionTitle, type Answers } from '../../domain/index.ts'
import { useAnswers } from '../../state/answers-store.ts'
import {
  addFiles,
  fillFromImport,
  PASTED,
  removeFile,
  setPasted,
  undoFill,
  useImport,
  type ImportedFile,
} from '../../state/import-store.ts'
import { importer } from '../../state/importer.ts'
import { ImportResult } from './import-result.tsx'

async function readDropped(list: FileList | null): Promise<ImportedFile[]> {
  return Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })))
}

/**
 * "Start from your manifests": paste, drop or pick YAML (a Deployment, `helm template` output, akv2k8s
 * resources). What it can tell fills the answers on request; the option's additions are applied to the
 * user's own workloads, shown as a diff, an overlay and a report. Nothing of it goes into the link.
 */
export function ImportPanel() {
  const files = useImport((s) => s.files)
  const beforeFill = useImport((s) => s.beforeFill)
  const answers = useAnswers((s) => s.answers)
  const { value: migrateModule, failed, retry } = importer.useLoaded()
  const picker = useRef<HTMLInputElement>(null)
  const pasted = files.find((f) => f.name === PASTED)?.text ?? ''
  const others = files.filter((f) => f.name !== PASTED)
  // Reading a large paste takes a moment: typing stays responsive, the result follows.
  const deferred = useDeferredValue(files)
  // One array per input change, so the reading, the migration and the overlay each run once for it.
  const given = useMemo(() => deferred.filter((f) => f.text.trim() !== ''), [deferred])
  const hasInput = given.length > 0

  const read = useMemo(
    () => (migrateModule && hasInput ? migrateModule.readInputs(given) : undefined),
    [migrateModule, given, hasInput],
  )
  const fromInput = useMemo(
    () =>
      migrateModule && read && read.errors.length === 0 ? migrateModule.answersFromInput(read) : undefined,
    [migrateModule, read],
  )

  const onDrop = async (e: DragEvent) => {
    e.preventDefault()
    addFiles(await readDropped(e.dataTransfer.files))
  }
  const fill = (input: Partial<Answers>) => fillFromImport({ ...answers, ...input })

  return (
    <details className="card import" open={files.length > 0}>
      <summary>
        <h2 id="g-import">Start from your manifests (optional)</h2>
      </summary>
      <p className="hint" id="import-privacy">
        Paste, drop or pick your YAML: a Deployment or StatefulSet, <code>helm template</code> or{' '}
        <code>kubectl get -o yaml</code> output, akv2k8s AzureKeyVaultSecrets. It stays in this browser (kept
        for a reload) and is never put into the link.
      </p>
      <div className="field">
        <label htmlFor="f-import">YAML to import</label>
        <textarea
          id="f-import"
          rows={6}
          spellCheck={false}
          value={pasted}
          aria-describedby="import-privacy"
          onChange={(e) => setPasted(e.target.value)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => void onDrop(e)}
        />
      </div>
      <div className="row-actions">
        <button type="button" onClick={() => picker.current?.click()}>
          Pick files…
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          accept=".yaml,.yml,.json,text/yaml,application/json"
          hidden
          aria-label="YAML files to import"
          onChange={async (e) => {
            addFiles(await readDropped(e.target.files))
            e.target.value = ''
          }}
        />
      </div>
      {others.length > 0 ? (
        <ul className="import-files" aria-label="Imported files">
          {others.map((f) => (
            <li key={f.name}>
              <code>{f.name}</code>{' '}
              <button
                type="button"
                className="link"
                onClick={() => removeFile(f.name)}
                aria-label={`Remove ${f.name}`}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {hasInput && failed ? (
        <div role="alert" className="fix-first">
          The importer could not be loaded.{' '}
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      ) : null}
      {read && read.errors.length > 0 ? (
        <div role="alert" className="fix-first" data-testid="import-errors">
          <p>
            <strong>Cannot read the import</strong> (your answers are unchanged):
          </p>
          <ul>
            {read.errors.slice(0, 10).map((e) => (
              <li key={`${e.at.file}:${e.at.document}:${e.at.line}:${e.message}`}>
                {migrateModule?.where(e.at)}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {read && read.errors.length === 0 && fromInput ? (
        <div className="import-read" role="status">
          <p>
            Read {read.docs.length} object{read.docs.length === 1 ? '' : 's'}
            {read.ignored.length > 0 ? `; ${read.ignored.length} passed through unchanged` : ''}.
          </p>
          <FillButton input={fromInput} onFill={fill} canUndo={beforeFill !== undefined} />
        </div>
      ) : null}
      {migrateModule && read && read.errors.length === 0 && read.docs.length > 0 ? (
        <ImportResult module={migrateModule} input={read} sources={given} answers={answers} />
      ) : null}
    </details>
  )
}

function FillButton({
  input,
  onFill,
  canUndo,
}: {
  input: Partial<Answers>
  onFill: (input: Partial<Answers>) => void
  canUndo: boolean
}) {
  const known = Object.entries(input)
    .filter(([, value]) => value !== undefined && value !== '')
    .flatMap(([key]) => (isTextKey(key) || isChoiceKey(key) ? [questionTitle(key)] : []))
  const objects = input.objects?.length ?? 0
  const what = [...known, ...(objects > 0 ? [`${objects} Key Vault object${objects === 1 ? '' : 's'}`] : [])]
  if (what.length === 0) return <p>The import names no vault, object or app the answers could take.</p>
  return (
    <p>
      <button type="button" onClick={() => onFill(input)}>
        Fill the answers from the import
      </button>{' '}
      <span className="hint">sets {what.join(', ')}; the wizard still asks what the files cannot say.</span>
      {canUndo ? (
        <>
          {' '}
          <button type="button" className="link" onClick={undoFill}>
            Undo
          </button>
        </>
      ) : null}
    </p>
  )
}
