import { objectKey, type CsiObject, type SyncedSecret } from './csi-object.ts'

/** The objects and synced Secrets of one SecretProviderClass: one per namespace and vault. */
export interface Group {
  namespace: string
  vault: string
  spcName: string
  /** Objects by objectKey, each with the file it is mounted as (its objectAlias when not its name). */
  objects: Map<string, { object: CsiObject; file: string }>
  synced: Map<string, SyncedSecret>
}

export const groupId = (namespace: string, vault: string): string => `${namespace}\u0000${vault}`

/** Adds an object once; a different object under a name already used gets its own file name. */
export function fileFor(group: Group, object: CsiObject): string {
  const key = objectKey(object)
  const known = group.objects.get(key)
  if (known) return known.file
  const used = new Set([...group.objects.values()].map((o) => o.file))
  let file = object.objectName
  for (let n = 1; used.has(file); n++)
    file = `${object.objectName}-${object.objectType}${n > 1 ? `-${n}` : ''}`
  group.objects.set(key, { object, file })
  return file
}

/** Adds `key` → object's file to the synced Secret; the first type given for a Secret wins. */
export function addSync(
  group: Group,
  secretName: string,
  type: string,
  key: string,
  object: CsiObject,
): void {
  const secret = group.synced.get(secretName) ?? { secretName, type, data: [] }
  if (!secret.data.some((d) => d.key === key)) secret.data.push({ key, object })
  group.synced.set(secretName, secret)
}
