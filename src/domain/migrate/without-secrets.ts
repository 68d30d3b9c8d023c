import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type YAMLMap } from 'yaml'
import { LIMITS } from './limits.ts'

/**
 * The text with every Secret's values blanked: each value under `data` and `stringData` becomes `""`, its
 * annotations' values are emptied (`kubectl.kubernetes.io/last-applied-configuration` holds the whole
 * object, values included; others may hold anything), in plain
 * documents and in `List` items alike. Everything else stays byte for byte, so the text still reads to the
 * same objects (a Secret's values are never used) and can be kept in this browser or written into an
 * overlay's `input/`. Text that does not read as YAML is kept nowhere: undefined.
 */
export function withoutSecretValues(source: string): string | undefined {
  if (source.length > LIMITS.maxBytes) return undefined
  const docs = parseAllDocuments(source, { version: '1.1', uniqueKeys: false })
  if (!Array.isArray(docs)) return source
  const cuts: [number, number][] = []
  for (const doc of docs) {
    if (doc.errors.length > 0) return undefined
    const root = doc.contents
    if (!isMap(root)) continue
    const items = root.get('items', true)
    const objects: unknown[] = [root, ...(isSeq(items) ? items.items : [])]
    for (const object of objects)
      if (isMap(object) && scalar(object, 'kind') === 'Secret') blank(object, cuts)
  }
  cuts.sort((a, b) => b[0] - a[0])
  let text = source
  for (const [start, end] of cuts) {
    // A block scalar's range takes in the line break after it, which the next key needs.
    let stop = end
    while (stop > start && /[\r\n \t]/.test(source[stop - 1] ?? '')) stop--
    text = `${text.slice(0, start)}""${text.slice(stop)}`
  }
  return text
}

const scalar = (map: YAMLMap, key: string): unknown => {
  const node = map.get(key, true)
  return isScalar(node) ? node.value : undefined
}

/** Where each value of a Secret is, to be replaced by `""` (a whole flow or block collection at once). */
function blank(secret: YAMLMap, cuts: [number, number][]): void {
  const metadata = secret.get('metadata', true)
  const annotations = isMap(metadata) ? metadata.get('annotations', true) : undefined
  const values: (Node | undefined)[] = []
  for (const map of [secret.get('data', true), secret.get('stringData', true), annotations])
    if (isMap(map)) for (const pair of map.items) values.push(pair.value as Node | undefined)
  for (const value of values) {
    const range = value?.range
    if (range) cuts.push([range[0], range[1]])
  }
}
