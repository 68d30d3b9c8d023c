import {
  resolveObject,
  secretProviderClass,
  toYaml,
  type Manifest,
  type Resolved,
  type ResolvedObject,
} from '../shared/bridge.ts'
import { objectKey, type CsiObject } from './csi-object.ts'
import type { Group } from './groups.ts'

/** The fields the project's `objectsParameter` does not write: written the same way, YAML dumped per level. */
function entry(object: CsiObject, file: string): Record<string, string> {
  return {
    objectName: object.objectName,
    objectType: object.objectType,
    ...(file !== object.objectName ? { objectAlias: file } : {}),
    ...(object.objectVersion ? { objectVersion: object.objectVersion } : {}),
    ...(object.objectFormat ? { objectFormat: object.objectFormat } : {}),
    ...(object.objectEncoding ? { objectEncoding: object.objectEncoding } : {}),
  }
}

/**
 * One group's SecretProviderClass: identity, tenant and cloud parameters from the project's generator (same
 * spelling rules), the objects and the synced Secrets from the converted akvs.
 */
export function groupSpc(g: Group, r: Resolved): Manifest {
  const objects = [...g.objects.values()]
  const resolved: ResolvedObject[] = objects.map(({ object, file }) =>
    resolveObject({
      name: object.objectName,
      type: object.objectType,
      env: '',
      file,
      version: object.objectVersion ?? '',
      vault: g.vault,
    }),
  )
  const base = secretProviderClass(
    { ...r, kv: g.vault, spc: g.spcName, ns: g.namespace || r.ns, objects: resolved },
    2,
  )
  const spec = base['spec'] as { parameters: Record<string, string> }
  const extra = objects.some(({ object }) => object.objectFormat || object.objectEncoding)
  const parameters = extra
    ? {
        ...spec.parameters,
        objects: toYaml({ array: objects.map(({ object, file }) => toYaml(entry(object, file))) }),
      }
    : spec.parameters
  const fileOf = (o: CsiObject): string => g.objects.get(objectKey(o))?.file ?? o.objectName
  const secretObjects = [...g.synced.values()].map((s) => ({
    secretName: s.secretName,
    // The driver refuses an empty type; akv2k8s defaulted it to Opaque.
    type: s.type || 'Opaque',
    data: s.data.map((d) => ({ objectName: fileOf(d.object), key: d.key })),
  }))
  return {
    apiVersion: base.apiVersion,
    kind: base.kind,
    metadata: { name: g.spcName, ...(g.namespace ? { namespace: g.namespace } : {}) },
    spec: { provider: 'azure', parameters, ...(secretObjects.length > 0 ? { secretObjects } : {}) },
  }
}
