import { fields, list, text } from '../k8s/read.ts'

const TLS_KEYS = ['tls.key', 'tls.crt']

/**
 * `spec.secretObjects`: the driver checks these only when it syncs, after a pod mounted the volume, so a
 * mistake shows up late as a missing Secret. `files` are the mounted file names, when `objects` parsed.
 */
export function secretObjectProblems(secretObjects: unknown, files: readonly string[] | undefined): string[] {
  const problems: string[] = []
  list(secretObjects).forEach((raw, i) => {
    const so = fields(raw)
    const where = `secretObjects[${i}]`
    const type = (text(so['type']) ?? '').trim()
    if ((text(so['secretName']) ?? '').trim() === '') problems.push(`${where}.secretName is required`)
    // The driver refuses an empty type ("secret type is empty") although the Secret API would default it.
    if (type === '') problems.push(`${where}.type is required, e.g. Opaque`)
    const data = list(so['data'])
    if (data.length === 0) problems.push(`${where}.data must list at least one entry`)
    data.forEach((rawEntry, j) => {
      const entry = fields(rawEntry)
      const objectName = text(entry['objectName']) ?? ''
      const key = text(entry['key']) ?? ''
      if (objectName.trim() === '') problems.push(`${where}.data[${j}].objectName is required`)
      else if (files !== undefined && !files.includes(objectName)) {
        problems.push(
          `${where}.data[${j}].objectName "${objectName}" names no mounted file (the object's alias, else its name): ${
            files.length === 0 ? 'none are mounted' : files.join(', ')
          }`,
        )
      }
      if (key.trim() === '') problems.push(`${where}.data[${j}].key is required`)
      else if (type === 'kubernetes.io/tls' && !TLS_KEYS.includes(key)) {
        problems.push(`${where}.data[${j}].key must be tls.key or tls.crt for a kubernetes.io/tls Secret`)
      }
    })
  })
  return problems
}
