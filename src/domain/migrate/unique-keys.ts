import { isMap, isScalar, visit, type Document } from 'yaml'

/**
 * The first key that a mapping repeats, with its offset: kubectl (go-yaml) refuses such a document. One
 * `Set` per mapping, so the check is linear; the `yaml` package's own `uniqueKeys` compares every key with
 * every earlier one, which took minutes on a ConfigMap of 100,000 keys. Keys are compared as that option
 * compares them: scalars by value and type (`1` and `"1"` differ), other keys by identity; merge keys
 * (`<<`) may repeat.
 */
export function duplicateKey(doc: Document): { offset: number | undefined } | undefined {
  let found: { offset: number | undefined } | undefined
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined
      const seen = new Set<unknown>()
      for (const pair of map.items) {
        const key: unknown = pair.key
        const id = isScalar(key) ? `${typeof key.value}:${String(key.value)}` : key
        if (isScalar(key) && key.value === '<<') continue
        if (seen.has(id)) {
          found = { offset: isScalar(key) ? key.range?.[0] : undefined }
          return visit.BREAK
        }
        seen.add(id)
      }
      return undefined
    },
  })
  return found
}
