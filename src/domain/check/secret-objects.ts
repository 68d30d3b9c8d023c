import { fields, list, text } from '../k8s/read.ts'

const TLS_KEYS = ['tls.key', 'tls.crt']

/**
 * The keys the API server requires per Secret type (kubernetes/kubernetes pkg/apis/core/validation/
 * validation.go `ValidateSecret`): without them the driver's create fails ("failed to create Kubernetes
 * secret", e.g. `data[tls.key]: Required value`) and every pod reading the Secret stays in
 * CreateContainerConfigError. basic-auth needs one of its two keys, the others all of theirs.
 */
const REQUIRED_KEYS: Record<string, { keys: string[]; all: boolean }> = {
  'kubernetes.io/tls': { keys: ['tls.crt', 'tls.key'], all: true },
  'kubernetes.io/dockerconfigjson': { keys: ['.dockerconfigjson'], all: true },
  'kubernetes.io/dockercfg': { keys: ['.dockercfg'], all: true },
  'kubernetes.io/ssh-auth': { keys: ['ssh-privatekey'], all: true },
  'kubernetes.io/basic-auth': { keys: ['username', 'password'], all: false },
}

function requiredKeyProblem(where: string, type: string, keys: readonly string[]): string[] {
  const rule = REQUIRED_KEYS[type]
  if (!rule) return []
  const missing = rule.keys.filter((k) => !keys.includes(k))
  const fails = rule.all ? missing.length > 0 : missing.length === rule.keys.length
  if (!fails) return []
  const need = rule.keys.join(rule.all ? ' and ' : ' or ')
  return [
    `${where} of type ${type} needs the key${rule.keys.length > 1 ? 's' : ''} ${need}: Kubernetes rejects it without ${missing.join(rule.all ? ' and ' : ' or ')}, so the driver cannot create it`,
  ]
}

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
    else
      problems.push(
        ...requiredKeyProblem(
          where,
          type,
          data.map((d) => (text(fields(d)['key']) ?? '').trim()),
        ),
      )
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
