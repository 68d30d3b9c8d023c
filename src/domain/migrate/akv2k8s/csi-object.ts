/**
 * One object of a SecretProviderClass `objects` list, with the fields the Azure provider reads
 * (pkg/provider/types/types.go KeyVaultObject). `file` is decided when the group's objects are named.
 */
export interface CsiObject {
  objectName: string
  objectType: 'secret' | 'key' | 'cert'
  objectVersion?: string
  objectFormat?: 'pfx'
  objectEncoding?: 'base64'
}

/** Two uses of the same Key Vault object with the same fields share one mounted file. */
export const objectKey = (o: CsiObject): string =>
  [o.objectName, o.objectType, o.objectVersion ?? '', o.objectFormat ?? '', o.objectEncoding ?? ''].join(
    '\u0000',
  )

/** A Secret the driver syncs, and which object's file fills each key. */
export interface SyncedSecret {
  secretName: string
  type: string
  data: { key: string; object: CsiObject }[]
}
