import type { ObjectType } from '../answers/model.ts'

/**
 * The Key Vault call the provider makes per objectType, and the narrowest built-in role that allows it.
 * Azure/secrets-store-csi-driver-provider-azure pkg/provider/provider.go `getKeyVaultObjectContent`:
 * secret -> `GetSecret` (also for a certificate's private key, read as a secret), key -> `GetKey` (public
 * key), cert -> `GetCertificate` (public certificate). Role data actions from MicrosoftDocs/azure-docs
 * articles/role-based-access-control/built-in-roles/security.md:
 * - Key Vault Secrets User: secrets/getSecret/action, secrets/readMetadata/action.
 * - Key Vault Reader: vaults/x/read (keys/read, certificates/read: properties, a key's public part, the
 *   public certificate) and secrets/readMetadata/action; no secret value, no private key.
 * "Key Vault Certificate User" is not used: it also holds secrets/getSecret/action, so a key- or
 * certificate-only app could read every secret value in its scope.
 */
export const ROLE: Record<ObjectType, string> = {
  secret: 'Key Vault Secrets User',
  key: 'Key Vault Reader',
  cert: 'Key Vault Reader',
}

/** The object's collection in its resource id, `<vault id>/secrets/<name>`: Azure RBAC scopes for one object. */
export const COLLECTION: Record<ObjectType, string> = { secret: 'secrets', key: 'keys', cert: 'certificates' }
