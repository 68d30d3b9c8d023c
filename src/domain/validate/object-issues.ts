import type { KvObject, OptionId } from '../answers/model.ts'
import { resolveObject, secretKeyFor } from '../answers/resolve.ts'
import { OBJECT_VALIDATORS } from '../answers/field-rules/fields.ts'
import { quote } from '../answers/field-rules/quote.ts'
import type { FieldIssue } from './types.ts'

type ObjectField = 'name' | 'env' | 'file' | 'version' | 'vault'

// Name, file and vault are trimmed by resolve(), env and version go into the files as typed.
const checkedValue = (o: KvObject, field: ObjectField): string =>
  field === 'env' || field === 'version' ? o[field] : o[field].trim()

function fieldIssues(o: KvObject, key: string): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (o.name.trim() === '') {
    issues.push({ key, field: 'name', severity: 'missing', message: 'The Key Vault object name is needed' })
  }
  for (const field of ['name', 'env', 'file', 'version', 'vault'] as const) {
    const value = checkedValue(o, field)
    const message = value === '' ? undefined : OBJECT_VALIDATORS[field](value)
    if (message !== undefined) issues.push({ key, field, severity: 'invalid', message })
  }
  return issues
}

/**
 * Invalid fields, and files or variables two objects would both write, reported on the later object. Each
 * vault has its own mount and synced Secret (plan/vaults.ts), so a file name or Secret key may repeat across
 * vaults (compared without case, as Azure does; empty is `kv`); an env var is the container's, once.
 */
export function objectIssues(objects: readonly KvObject[], option: OptionId, kv = ''): FieldIssue[] {
  const fileOwner = new Map<string, number>()
  const secretKeyOwner = new Map<string, number>()
  const envOwner = new Map<string, number>()
  return objects.flatMap((o, index) => {
    const n = index + 1
    const key = `o[${n}]`
    const issues = fieldIssues(o, key)
    const fileField = o.file.trim() === '' ? 'name' : 'file'
    const { fileName, vault } = resolveObject(o, kv.trim())
    const dir = `${vault.toLowerCase()}/`
    const sameFile = fileOwner.get(dir + fileName)
    if (o.name.trim() !== '' || o.file.trim() !== '') {
      if (sameFile !== undefined) {
        issues.push({
          key,
          field: fileField,
          severity: 'invalid',
          message:
            `File name ${quote(fileName)} is also the file of secret ${sameFile}: two objects cannot be mounted ` +
            'as the same file; set a different file name on one of them',
        })
      } else fileOwner.set(dir + fileName, n)
    }
    // Option 3 puts the objects that have a variable into one Secret, keyed by file name with "/" as ".".
    if (option === 3 && o.env !== '' && sameFile === undefined) {
      const secretKey = secretKeyFor(fileName)
      const sameKey = secretKeyOwner.get(dir + secretKey)
      if (sameKey !== undefined) {
        issues.push({
          key,
          field: fileField,
          severity: 'invalid',
          message:
            `File name ${quote(fileName)} becomes the Secret key ${quote(secretKey)}, which secret ${sameKey} ` +
            'also uses ("/" becomes "." in the synced Kubernetes Secret); choose another file name',
        })
      } else secretKeyOwner.set(dir + secretKey, n)
    }
    if (o.env !== '') {
      const sameEnv = envOwner.get(o.env)
      if (sameEnv !== undefined) {
        issues.push({
          key,
          field: 'env',
          severity: 'invalid',
          message: `Environment variable ${quote(o.env)} is also set from secret ${sameEnv}: each variable can come from only one object`,
        })
      } else envOwner.set(o.env, n)
    }
    return issues
  })
}
