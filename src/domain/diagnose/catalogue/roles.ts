/**
 * The least-privilege read access per object type is the one the generator grants (domain/azure/roles.ts,
 * from the provider's calls and the built-in roles' data actions); access policies need `get` on the type.
 */
export { ROLE } from '../../azure/roles.ts'
export type KvType = 'secret' | 'key' | 'cert'

export const POLICY_FLAG: Record<KvType, string> = {
  secret: '--secret-permissions',
  key: '--key-permissions',
  cert: '--certificate-permissions',
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
