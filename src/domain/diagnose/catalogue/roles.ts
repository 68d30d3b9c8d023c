/**
 * The least-privilege read access per object type is the one the generator grants (domain/azure/roles.ts,
 * from the provider's calls and the built-in roles' data actions); access policies need `get` on the type.
 */
export { COLLECTION, ROLE } from '../../azure/roles.ts'
export type KvType = 'secret' | 'key' | 'cert'

export const POLICY_FLAG: Record<KvType, string> = {
  secret: '--secret-permissions',
  key: '--key-permissions',
  cert: '--certificate-permissions',
}

/**
 * What each role reads in its scope, from the built-in roles' data actions (MicrosoftDocs/azure-docs
 * articles/role-based-access-control/built-in-roles/security.md; see domain/azure/roles.ts).
 */
export const ROLE_READS: Record<string, string> = {
  'Key Vault Secrets User': 'it reads secret values and secret properties in its scope',
  'Key Vault Reader':
    "it reads the properties of every object in its scope, a key's public part and the public certificate, never a secret value",
}

export const TYPE_WORD: Record<KvType, string> = { secret: 'secret', key: 'key', cert: 'certificate' }

/** The object type a Key Vault RBAC action or an access-policy permission names. */
export function typeOf(text: string | undefined): KvType | undefined {
  if (text === undefined) return undefined
  const t = text.toLowerCase()
  if (t.startsWith('secret') || t.includes('/secrets/')) return 'secret'
  if (t.startsWith('key') || t.includes('/keys/')) return 'key'
  if (t.startsWith('cert') || t.includes('/certificates/')) return 'cert'
  return undefined
}
