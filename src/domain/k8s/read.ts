/**
 * Safe reads of manifests whose shape is unknown (a user may paste anything): nothing here throws, and a
 * missing or mistyped field reads as empty.
 */

export type Fields = Record<string, unknown>

export const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const fields = (value: unknown): Fields => (isFields(value) ? value : {})

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** A YAML scalar as the Go provider reads it into a string field: `12345` and `true` count as text. */
export const scalarText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined

/** A namespace as messages write it: a manifest that names none is applied to kubectl's current namespace. */
export const nsLabel = (ns: string): string => ns || '(no namespace)'

/** `Deployment shop/orders`: how the checks, the lint and the import report name an object. */
export const objectLabel = (o: { kind: string; namespace: string; name: string }): string =>
  `${o.kind} ${nsLabel(o.namespace)}/${o.name}`

/** The label of a manifest of any shape (see `objectLabel`). */
export function describe(manifest: unknown): string {
  const m = fields(manifest)
  const meta = fields(m['metadata'])
  return objectLabel({
    kind: text(m['kind']) ?? 'object',
    namespace: text(meta['namespace']) ?? '',
    name: text(meta['name']) ?? '(no name)',
  })
}

export const namespaceOf = (manifest: unknown): string =>
  text(fields(fields(manifest)['metadata'])['namespace']) ?? 'default'

export const nameOf = (manifest: unknown): string | undefined =>
  text(fields(fields(manifest)['metadata'])['name'])

/** The keys of `known` that `key` matches when case is ignored: a near-miss the provider would not read. */
export const caseMatches = (key: string, known: readonly string[]): string[] =>
  known.filter((k) => k !== key && k.toLowerCase() === key.toLowerCase())
