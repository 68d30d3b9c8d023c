import { isMap, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml'
import { classify } from './shared/classify.ts'
import { kubectlTags } from './kubectl-yaml.ts'
import { fields, isFields, list, text, type Fields } from './shared/bridge.ts'
import { flowDepthExceeds, LIMITS, tooBig } from './limits.ts'
import {
  objectLabel,
  type ImportedDoc,
  type ImportResult,
  type InputFile,
  type Location,
  type ReadError,
} from './shared/types.ts'

/**
 * Reads YAML as `helm template` or `kubectl get -o yaml` prints it: several documents, `List` kinds, YAML 1.1
 * scalars as kubectl reads them (`yes` is a boolean there). Never throws; an error names the file, the document
 * and the line, and never quotes the text (it may be a Secret's value).
 */
export function readInputs(files: readonly InputFile[]): ImportResult {
  const result: ImportResult = { docs: [], errors: [], ignored: [] }
  const total = files.reduce((sum, f) => sum + f.text.length, 0)
  if (files.length > 1 && total > LIMITS.maxBytes) {
    const at = { file: files.map((f) => f.name).join(', '), document: 1, line: 1 }
    return { ...result, errors: [{ at, message: tooBig('the input', total) }] }
  }
  for (const file of files) readFile(file, result)
  if (result.errors.length === 0) duplicates(result)
  return result
}

function readFile(file: InputFile, result: ImportResult): void {
  const fail = (at: Partial<Location>, message: string): void => {
    result.errors.push({ at: { file: file.name, document: at.document ?? 1, line: at.line ?? 1 }, message })
  }
  if (file.text.length > LIMITS.maxBytes) return fail({}, tooBig(`the file`, file.text.length))
  const deep = flowDepthExceeds(file.text, LIMITS.maxDepth)
  if (deep) return fail(deep, `nesting deeper than ${LIMITS.maxDepth} levels: not a Kubernetes manifest`)
  const lines = new LineCounter()
  const docs = parseAllDocuments(file.text, {
    lineCounter: lines,
    version: '1.1',
    customTags: kubectlTags,
    merge: true,
    uniqueKeys: true,
  })
  if (!Array.isArray(docs)) return // an empty stream: nothing to read
  if (docs.length > LIMITS.maxDocuments) {
    return fail({}, `${docs.length} documents; the importer reads at most ${LIMITS.maxDocuments}`)
  }
  docs.forEach((doc, i) => {
    const line = (offset: number | undefined): number => lines.linePos(offset ?? 0).line
    const document = i + 1
    const error = doc.errors[0]
    if (error) {
      // The message without the excerpt of the source that the yaml package appends after "at line".
      const reason = error.message.split(/ at line \d+/)[0] ?? error.code
      return fail(
        { document, line: error.linePos?.[0].line ?? line(error.pos[0]) },
        `not valid YAML: ${reason}`,
      )
    }
    if (doc.contents === null) return // a document of comments only, as helm prints for empty templates
    const start = line(doc.contents.range?.[0])
    const read = toJS(doc)
    if ('error' in read) return fail({ document, line: start }, read.error)
    const value = read.value
    if (!isFields(value)) {
      return fail(
        { document, line: start },
        'not a Kubernetes object: a document must be a mapping with apiVersion and kind',
      )
    }
    const items = listItems(doc, value)
    if (items === undefined) {
      // The document's own text, to write it back unchanged when nothing in it changes.
      const range = doc.contents.range
      const source = range ? file.text.slice(range[0], range[2]) : undefined
      return addObject(result, value, { file: file.name, document, line: start }, fail, source)
    }
    items.forEach(({ item, offset }) =>
      addObject(result, item, { file: file.name, document, line: line(offset) }, fail),
    )
  })
}

/** The JavaScript value, or a message when it is an alias bomb or nests too deep. */
function toJS(doc: Document): { value: unknown } | { error: string } {
  try {
    const value: unknown = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount })
    return deeperThan(value, LIMITS.maxDepth)
      ? { error: `nesting deeper than ${LIMITS.maxDepth} levels: not a Kubernetes manifest` }
      : { value }
  } catch (error) {
    return {
      error:
        error instanceof ReferenceError && /alias/i.test(error.message)
          ? `aliases expand more than ${LIMITS.maxAliasCount} times ("billion laughs"): refused`
          : `cannot be read: ${error instanceof Error ? error.name : 'unknown error'}`,
    }
  }
}

/** Whether `value` nests deeper than `max`; stops at the first branch that does. */
function deeperThan(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (max <= 0) return true
  for (const child of Object.values(value)) if (deeperThan(child, max - 1)) return true
  return false
}

/** The items of a `List` (kind `List` or `<Kind>List`), with where each starts; undefined for other kinds. */
function listItems(
  doc: Document,
  value: Fields,
): { item: unknown; offset: number | undefined }[] | undefined {
  const kind = text(value['kind']) ?? ''
  if (!kind.endsWith('List') || !Array.isArray(value['items'])) return undefined
  const contents = doc.contents
  const node = isMap(contents) ? contents.get('items', true) : undefined
  const offsets = isSeq(node) ? node.items.map((n) => (n as Node | null)?.range?.[0]) : []
  return list(value['items']).map((item, i) => ({ item, offset: offsets[i] }))
}

function addObject(
  result: ImportResult,
  value: unknown,
  at: Location,
  fail: (at: Partial<Location>, message: string) => void,
  source?: string,
): void {
  if (!isFields(value)) return fail(at, 'a List item must be a Kubernetes object (a mapping)')
  const kind = text(value['kind'])
  const apiVersion = text(value['apiVersion'])
  if (!kind || !apiVersion) {
    return fail(at, `not a Kubernetes object: ${!kind ? 'kind' : 'apiVersion'} is missing`)
  }
  const meta = fields(value['metadata'])
  const doc: ImportedDoc = {
    at,
    role: 'other',
    apiVersion,
    kind,
    name: text(meta['name']) ?? '',
    namespace: text(meta['namespace']) ?? '',
    object: value,
  }
  const classified = classify(source === undefined ? doc : { ...doc, source })
  if (classified.ignored) result.ignored.push({ at, kind, name: doc.name, reason: classified.ignored })
  result.docs.push(classified.doc)
}

/** Two objects of the same kind, namespace and name: `kubectl apply` keeps the last, kustomize refuses both. */
function duplicates(result: ImportResult): void {
  const seen = new Map<string, ImportedDoc>()
  for (const doc of result.docs) {
    const id = `${doc.apiVersion.split('/')[0]}/${doc.kind}/${doc.namespace}/${doc.name}`
    const first = seen.get(id)
    if (first === undefined) seen.set(id, doc)
    else {
      const errorAt = doc.at
      const message =
        `${objectLabel(doc)} is defined twice ` +
        `(first in ${first.at.file}: document ${first.at.document}, line ${first.at.line}): keep one`
      result.errors.push({ at: errorAt, message } satisfies ReadError)
    }
  }
}
