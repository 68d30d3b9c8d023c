/**
 * The least-privilege read access per object type, as the generator grants it
 * (src/domain/generate/azure-cli/access-steps.ts; shared/reference/csi-provider-azure.md section 4, from MS Learn
 * csi-secrets-store-identity-access): secrets read with "Key Vault Secrets User", keys and certificates with
 * "Key Vault Certificate User"; access policies need `get` on the type.
 */
export type KvType = 'secret' | 'key' | 'cert'

export const ROLE: Record<KvType, string> = {
  secret: 'Key Vault Secrets User',
  key: 'Key Vault Certificate User',
  cert: 'Key Vault Certificate User',
}

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
