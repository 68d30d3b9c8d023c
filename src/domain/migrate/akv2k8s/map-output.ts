import type { Akvs } from './akvs.ts'
import type { CsiObject } from './csi-object.ts'

/**
 * What one akvs's controller output becomes, per object type × secret type, following the mapping table of
 * shared/reference/akv2k8s-and-eso.md §3.1 (controller behaviour: cmd/azure-keyvault-controller/controller/
 * secret_handler.go; CSI side: provider-azure docs "getting-certs-and-keys" and "sync-with-k8s-secrets").
 */
export interface MappedOutput {
  object?: CsiObject
  /** Keys of the synced Secret this object fills; empty when nothing is synced. */
  keys: string[]
  type: string
  status: 'converted' | 'caveat' | 'not-convertible'
  notes: string[]
  todo: string[]
}

const TLS = 'kubernetes.io/tls'
/** Secret types whose one key the controller names itself (secret_handler.go). */
const FIXED_KEY: Record<string, string> = {
  'kubernetes.io/dockerconfigjson': '.dockerconfigjson',
  'kubernetes.io/dockercfg': '.dockercfg',
  'kubernetes.io/ssh-auth': 'ssh-privatekey',
}

/** The object as the akvs names it, before any per-type choice. */
export function baseObject(a: Akvs, objectType: CsiObject['objectType']): CsiObject {
  return { objectName: a.objectName, objectType, ...(a.version ? { objectVersion: a.version } : {}) }
}

/** Transforms: only `base64decode` has a driver equivalent (objectEncoding base64, secret objects only). */
export function mapTransforms(a: Akvs): { encoding?: 'base64'; problem?: string } {
  if (a.transforms.length === 0) return {}
  const others = a.transforms.filter((t) => t !== 'base64decode')
  if (others.length > 0) {
    return {
      problem:
        `transform ${others.join(', ')} has no equivalent in the CSI driver: store the value already ` +
        `transformed in Key Vault, transform it in the app, or use External Secrets Operator templates (b64enc, trim)`,
    }
  }
  return a.transforms.length === 1
    ? { encoding: 'base64' }
    : { problem: 'base64decode applied twice cannot be expressed' }
}

function mapSecret(a: Akvs, type: string, dataKey: string): MappedOutput {
  const transforms = mapTransforms(a)
  const object: CsiObject = {
    ...baseObject(a, 'secret'),
    ...(transforms.encoding ? { objectEncoding: transforms.encoding } : {}),
  }
  if (transforms.problem)
    return { keys: [], type, status: 'not-convertible', notes: [], todo: [transforms.problem] }
  if (type === 'kubernetes.io/basic-auth') {
    return {
      keys: [],
      type,
      status: 'not-convertible',
      notes: [
        'akv2k8s split the value "user:pass" into username and password; the driver cannot split a value',
      ],
      todo: [
        `store username and password as two Key Vault secrets, then map them to the keys username and password`,
      ],
    }
  }
  if (type === TLS) {
    return {
      object: { ...object, objectEncoding: 'base64' },
      keys: ['tls.key', 'tls.crt'],
      type,
      status: 'caveat',
      notes: [
        'a PFX stored as a plain secret: the driver splits it into tls.key and tls.crt (needs an empty PFX password)',
      ],
      todo: ['verify the synced Secret once, or re-import the PFX into Key Vault as a certificate (simpler)'],
    }
  }
  const fixed = FIXED_KEY[type]
  if (fixed !== undefined) {
    // The controller copies the value verbatim into the type's one key (controller/secret_handler.go
    // `values[corev1.DockerConfigJsonKey] = []byte(secret)`), as the driver does: nothing changes.
    return { object, keys: [fixed], type, status: 'converted', notes: [], todo: [] }
  }
  return {
    object,
    keys: [dataKey || a.objectName],
    type: type || 'Opaque',
    status: 'converted',
    notes: [],
    todo: [],
  }
}

function mapCertificate(a: Akvs, type: string, dataKey: string): MappedOutput {
  if (type === TLS) {
    // objectType secret on a certificate's name gives the private key and the full chain (getting-certs-and-keys).
    return {
      object: baseObject(a, 'secret'),
      keys: ['tls.key', 'tls.crt'],
      type,
      status: 'converted',
      notes: [],
      todo: [],
    }
  }
  if (type === 'Opaque') {
    // The controller compares with "Opaque" exactly: the raw PFX (or PEM) as stored in Key Vault.
    return {
      object: { ...baseObject(a, 'secret'), objectFormat: 'pfx', objectEncoding: 'base64' },
      keys: [dataKey || a.objectName],
      type,
      status: 'caveat',
      notes: ['raw certificate (type exactly Opaque): mapped to objectFormat pfx, objectEncoding base64'],
      todo: ['check the consumer reads a binary PFX; this holds only for PFX-backed certificates'],
    }
  }
  return {
    object: baseObject(a, 'cert'),
    keys: [dataKey || a.objectName],
    type: 'Opaque',
    status: 'caveat',
    notes: ['public certificate only: objectType cert gives the server certificate PEM, without the chain'],
    todo: ['if the consumer needs the chain, sync it as kubernetes.io/tls instead'],
  }
}

export function mapOutput(a: Akvs): MappedOutput {
  const type = a.secret?.type ?? ''
  const dataKey = a.secret?.dataKey ?? ''
  switch (a.objectType) {
    case 'secret':
      return mapSecret(a, type, dataKey)
    case 'certificate':
      return mapCertificate(a, type, dataKey)
    case 'key':
      return {
        object: baseObject(a, 'key'),
        keys: [dataKey || a.objectName],
        type: 'Opaque',
        status: 'caveat',
        notes: ['key format changes: akv2k8s wrote the RSA modulus only, the driver writes a PEM public key'],
        todo: ['check every consumer of this key reads PEM'],
      }
    case 'multi-key-value-secret':
      return {
        keys: [],
        type,
        status: 'not-convertible',
        notes: ['the driver mounts the whole JSON/YAML document as one file; it cannot split it into keys'],
        todo: [
          'split it into one Key Vault secret per key, or let the app parse the mounted file, or use External Secrets Operator (dataFrom.extract, JSON only) — manifest below',
        ],
      }
    default:
      return {
        keys: [],
        type,
        status: 'not-convertible',
        notes: [`unknown object type "${a.objectType}"`],
        todo: ['use secret, certificate or key'],
      }
  }
}
