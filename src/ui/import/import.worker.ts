/**
 * The import, off the page's thread: reads the files once per change, and migrates, diffs and builds the
 * overlay once per change of the answers. The page ends the worker when it runs past its time budget.
 */
import {
  answersFromInput,
  checklistOf,
  documentDiffs,
  kustomizeOverlay,
  migrate,
  readInputs,
  where,
  withoutSecretValues,
  type ImportResult,
} from '../../domain/migrate/index.ts'
import { recommend } from '../../domain/index.ts'
import {
  inputPaths,
  PATCHED_FILE,
  type ImportFile,
  type ImportReply,
  type ImportRequest,
} from './import-work.ts'

interface Read {
  input: ImportResult
  paths: string[]
  fromInput?: ImportReply['fromInput']
  kept?: ImportFile[]
  keptJson?: string
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
  postMessage: (reply: ImportReply) => void
}

let read: Read | undefined

function readFiles(files: ImportFile[]): Read {
  const input = readInputs(files)
  const paths = inputPaths(files.map((f) => f.name))
  if (input.errors.length > 0) return { input, paths }
  const kept = files.map((f) => ({ ...f, text: withoutSecretValues(f.text) ?? '' }))
  const keptJson = JSON.stringify({ v: 2, files: kept })
  return { input, paths, fromInput: answersFromInput(input), kept, keptJson }
}

scope.onmessage = ({ data: request }) => {
  const { id } = request
  try {
    const fresh = request.files !== undefined
    if (request.files) read = readFiles(request.files)
    if (!read) return scope.postMessage({ id, errors: [], docs: 0, ignored: 0 })
    const { input, paths, fromInput, kept, keptJson } = read
    const reply: ImportReply = {
      id,
      errors: input.errors.slice(0, 10).map((e) => `${where(e.at)}: ${e.message}`),
      docs: input.docs.length,
      ignored: input.ignored.length,
      ...(fromInput ? { fromInput } : {}),
      // Once per reading: a keystroke in an answer does not copy or store the files again.
      ...(fresh && kept && keptJson ? { kept, keptJson } : {}),
    }
    if (input.errors.length === 0 && input.docs.length > 0) {
      // The page's option, not the one the import's own reading points to (an akv2k8s sync reads copy=ok
      // before the user fills it): the page, Download all and the patched files are one option.
      const option = recommend(request.answers).generated
      const result = migrate(input, request.answers, { option, streamName: PATCHED_FILE })
      const { mode, yaml, lint, ask } = result
      reply.migration = {
        result: { option: result.option, mode, yaml, lint, ask, checklist: checklistOf(result) },
        diffs: documentDiffs(result).map(({ patch: _unified, ...shown }) => shown),
        overlay: kustomizeOverlay(result, paths),
      }
    }
    scope.postMessage(reply)
  } catch (error) {
    const failed = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    scope.postMessage({ id, errors: [], docs: 0, ignored: 0, failed })
  }
}
