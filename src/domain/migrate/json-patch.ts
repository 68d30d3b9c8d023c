import { isFields } from './shared/bridge.ts'

/** An RFC 6902 operation, as kustomize's JSON6902 patches take them. */
export type JsonPatchOp =
  { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string }

const pointer = (key: string | number): string => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`

const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * The operations that turn `before` into `after`, small enough to read: maps are compared key by key, lists of
 * the same length item by item, a list that only grew gets its new items appended; anything else is replaced.
 */
export function jsonPatch(before: unknown, after: unknown, path = ''): JsonPatchOp[] {
  if (equal(before, after)) return []
  if (isFields(before) && isFields(after)) {
    const ops: JsonPatchOp[] = []
    for (const key of Object.keys(before))
      if (!(key in after)) ops.push({ op: 'remove', path: path + pointer(key) })
    for (const [key, value] of Object.entries(after)) {
      ops.push(
        ...(key in before
          ? jsonPatch(before[key], value, path + pointer(key))
          : [{ op: 'add' as const, path: path + pointer(key), value }]),
      )
    }
    return ops
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length === after.length)
      return before.flatMap((item, i) => jsonPatch(item, after[i], path + pointer(i)))
    if (after.length > before.length && before.every((item, i) => equal(item, after[i]))) {
      return after.slice(before.length).map((value) => ({ op: 'add' as const, path: `${path}/-`, value }))
    }
  }
  return [{ op: 'replace', path: path || '', value: after }]
}

/** Applies operations as kustomize would; for tests and for a page that previews a patch. */
export function applyJsonPatch(document: unknown, ops: readonly JsonPatchOp[]): unknown {
  let root: unknown = structuredClone(document)
  for (const op of ops) {
    const keys = op.path
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    if (keys.length === 0) {
      root = op.op === 'remove' ? undefined : structuredClone(op.value)
      continue
    }
    let node: unknown = root
    for (const key of keys.slice(0, -1)) node = (node as Record<string, unknown>)[key]
    const last = keys[keys.length - 1] ?? ''
    if (Array.isArray(node)) {
      const index = last === '-' ? node.length : Number(last)
      if (op.op === 'remove') node.splice(index, 1)
      else if (op.op === 'add') node.splice(index, 0, structuredClone(op.value))
      else node[index] = structuredClone(op.value)
    } else if (isFields(node)) {
      if (op.op === 'remove') delete node[last]
      else node[last] = structuredClone(op.value)
    }
  }
  return root
}
