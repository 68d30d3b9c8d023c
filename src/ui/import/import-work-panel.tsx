import { useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react'
import {
  BINARY_SAMPLE,
  IMPORT_MAX_BYTES,
  isChoiceKey,
  looksBinary,
  isTextKey,
  questionTitle,
  type Answers,
} from '../../domain/index.ts'
import { chooseAnswer, useAnswers } from '../../state/answers-store.ts'
import {
  addFiles,
  fillFromImport,
  readUnread,
  removeFile,
  setPasted,
  undoFill,
  useImport,
  type ImportedFile,
} from '../../state/import-store.ts'
import { ImportResult } from './import-result.tsx'
import { ImportStatus, KeptInBrowser, UnreadImport } from './import-status.tsx'
import { useImportWork } from './use-import-work.ts'

/**
 * A paste longer than this is kept but not put into the text box: laying out megabytes in a text box held
 * the page's thread for seconds, and nobody edits a whole `helm template` output there.
 */
const SHOWN_PASTE = 100_000

const mb = (size: number) => `${(size / (1024 * 1024)).toFixed(1)} MB`
const tooBig = (what: string, size: number) =>
  `${what} is ${mb(size)}; the importer reads at most ${mb(IMPORT_MAX_BYTES)}: split it, or import only the manifests of the app to migrate. Nothing was added.`

/** The files' texts, except those over the limit, which are never read into the page (a 50 MB file froze it). */
async function readDropped(list: FileList | null): Promise<{ files: ImportedFile[]; refused: string[] }> {
  const all = [...(list ?? [])]
  const refused = all.filter((f) => f.size > IMPORT_MAX_BYTES).map((f) => tooBig(f.name, f.size))
  const small = all.filter((f) => f.size <= IMPORT_MAX_BYTES)
  return {
    files: await Promise.all(small.map(async (f) => ({ name: f.name, text: await f.text() }))),
    refused,
  }
}

/**
 * The importer (Decide's "Start from your manifests", Migrate mode with `wide`): paste, drop or pick YAML (a Deployment, `helm template` output, akv2k8s
 * resources). What it can tell fills the answers on request; the option's additions are applied to the
 * user's own workloads, shown as a diff, an overlay and a report. Nothing of it goes into the link.
 */
export function ImportWorkPanel({ wide }: { wide: boolean }) {
  const files = useImport((s) => s.files)
  const beforeFill = useImport((s) => s.beforeFill)
  const answers = useAnswers((s) => s.answers)
  const unread = useImport((s) => s.unread)
  const picker = useRef<HTMLInputElement>(null)
  const [refused, setRefused] = useState<string[]>([])
  const pasted = files.find((f) => f.pasted)?.text ?? ''
  const others = files.filter((f) => !f.pasted)
  // One array per input change, so the worker reads each change once.
  const given = useMemo(() => files.filter((f) => f.text.trim() !== ''), [files])
  // Reading, migrating, diffs and overlay run in a Web Worker: the page stays responsive whatever is pasted.
  const work = useImportWork(given, answers)
  const read = given.length > 0 ? work.reply : undefined
  const fromInput = read && read.errors.length === 0 ? read.fromInput : undefined

  const add = async (list: FileList | null) => {
    const { files: picked, refused: tooLarge } = await readDropped(list)
    setRefused(tooLarge)
    if (picked.length > 0) addFiles(picked)
  }
  const onDrop = async (e: DragEvent) => {
    e.preventDefault()
    await add(e.dataTransfer.files)
  }
  // A paste over the limit never reaches the text box: the browser's own handling of 50 MB froze the tab.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain')
    const binary = looksBinary(text.slice(0, BINARY_SAMPLE))
    const tooLarge = text.length > IMPORT_MAX_BYTES || text.length + pasted.length > IMPORT_MAX_BYTES
    if (
      binary ||
      (tooLarge && text.length <= SHOWN_PASTE && pasted.length <= SHOWN_PASTE) ||
      text.length > IMPORT_MAX_BYTES
    ) {
      e.preventDefault()
      return setRefused([
        binary
          ? 'The paste holds NUL or control bytes, as a binary file does, not YAML. Nothing was added.'
          : tooBig('The paste', text.length),
      ])
    }
    setRefused([])
    if (text.length > SHOWN_PASTE || pasted.length > SHOWN_PASTE) {
      e.preventDefault()
      setPasted(text) // replaces the paste box's text: too long to show, it is read as it is
    }
  }

  const fill = (input: Partial<Answers>) => fillFromImport({ ...answers, ...input })

  return (
    <div className={wide ? 'migrate' : 'migrate narrow'}>
      <section
        className={wide ? 'card import migrate-input' : 'migrate-input'}
        aria-labelledby={wide ? 'migrate-input-title' : 'g-import'}
      >
        {wide ? <h2 id="migrate-input-title">Your manifests</h2> : null}
        <p className="hint" id="import-privacy">
          Paste, drop or pick your YAML: a Deployment or StatefulSet, <code>helm template</code> or{' '}
          <code>kubectl get -o yaml</code> output, akv2k8s AzureKeyVaultSecrets. It is never put into the
          link.
        </p>
        <KeptInBrowser />
        {unread ? <UnreadImport count={unread.length} onAnswer={readUnread} /> : null}
        <div className="field">
          <label htmlFor="f-import">YAML to import</label>
          <textarea
            id="f-import"
            rows={14}
            spellCheck={false}
            value={pasted.length > SHOWN_PASTE ? '' : pasted}
            placeholder={
              pasted.length > SHOWN_PASTE
                ? `A paste of ${mb(pasted.length)} is imported; it is too long to show here. Type or paste to replace it.`
                : undefined
            }
            aria-describedby="import-privacy import-kept"
            onChange={(e) => setPasted(e.target.value)}
            onPaste={onPaste}
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
              await add(e.target.files)
              e.target.value = ''
            }}
          />
        </div>
        {others.length > 0 ? (
          <ul className="import-files" aria-label="Imported files">
            {others.map((f, i) => (
              <li key={`${i}:${f.name}`}>
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
        {refused.length > 0 ? (
          <div role="alert" className="fix-first" data-testid="import-refused">
            {refused.map((r) => (
              <p key={r}>{r}</p>
            ))}
          </div>
        ) : null}
        {given.length > 0 ? <ImportStatus work={work} /> : null}
        {read && read.errors.length > 0 ? (
          <div role="alert" className="fix-first" data-testid="import-errors">
            <p>
              <strong>Cannot read the import</strong> (your answers are unchanged):
            </p>
            <ul>
              {read.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {read && read.errors.length === 0 && fromInput ? (
          <div className="import-read" role="status">
            <p>
              Read {read.docs} object{read.docs === 1 ? '' : 's'}
              {read.ignored > 0 ? `; ${read.ignored} passed through unchanged` : ''}.
            </p>
            <FillButton input={fromInput} onFill={fill} canUndo={beforeFill !== undefined} />
          </div>
        ) : null}
        {read?.migration
          ? read.migration.result.ask
              .filter((q) => answers[q.key] === undefined)
              .map((q) => <CopyQuestion key={q.key} why={q.why} />)
          : null}
      </section>
      <div className="migrate-output">
        {read?.migration && work.kept ? (
          <ImportResult migration={read.migration} kept={work.kept} />
        ) : !wide ? null : (
          <section className="card migrate-empty" aria-labelledby="migrate-empty-title">
            <h2 id="migrate-empty-title">Your manifests with the option</h2>
            <p>
              Paste your YAML on the left: here you get it patched for the page&apos;s option, a diff per
              object, a Kustomize overlay and a checklist of what is left to do. The answers and the option
              are those of Decide; “Fill the answers from the import” takes what the YAML can tell.
            </p>
          </section>
        )}
      </div>
    </div>
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

/**
 * The one thing the YAML cannot tell (questionsFromInput): akv2k8s injected the values without a Kubernetes
 * Secret, so whether a synced copy is acceptable now is the user's call. The answer fills `copy`.
 */
function CopyQuestion({ why }: { why: string }) {
  return (
    <div className="import-ask" role="group" aria-labelledby="import-ask-q" data-testid="import-ask">
      <p id="import-ask-q">
        <strong>akv2k8s kept these values out of Kubernetes Secrets. May a copy live in one now?</strong>{' '}
        <span className="hint">{why}.</span>
      </p>
      <p className="row-actions">
        <button type="button" onClick={() => chooseAnswer('copy', 'ok')}>
          Yes, a copy is acceptable
        </button>
        <button type="button" onClick={() => chooseAnswer('copy', 'no')}>
          No copy in the cluster
        </button>
      </p>
    </div>
  )
}
