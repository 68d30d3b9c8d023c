import type { Akvs } from './akvs.ts'
import type { CsiObject } from './csi-object.ts'
import { baseObject, mapTransforms } from './map-output.ts'

/**
 * What one env value `<akvs>@azurekeyvault[?query]` becomes (query meanings: cmd/azure-keyvault-env/
 * secret_handler.go, reference §2.1). With a copy allowed, a `secretKeyRef` to a synced Secret; without, a
 * mounted file that the start-up wrapper reads into the variable.
 */
export interface MappedRef {
  object?: CsiObject
  /** The synced Secret and key for `secretKeyRef`; key undefined = the object's file name. */
  sync?: { secretName: string; type: string; key?: string }
  status: 'converted' | 'caveat' | 'not-convertible'
  notes: string[]
  todo: string[]
}

const TLS = 'kubernetes.io/tls'

const no = (note: string, todo: string): MappedRef => ({
  status: 'not-convertible',
  notes: [note],
  todo: [todo],
})

export function mapRef(a: Akvs, query: string, copy: boolean, envSecret: string): MappedRef {
  const tlsSecret = a.secret?.type === TLS ? a.secret.name : `${a.name}-tls`
  switch (a.objectType) {
    case 'secret': {
      if (query === 'username' || query === 'password') {
        return no(
          `?${query} took half of a "user:pass" value; the driver cannot split a value`,
          'store username and password as two Key Vault secrets and reference each',
        )
      }
      if (query !== '') return no(`?${query} is not a query akv2k8s accepts for a secret`, 'remove the query')
      const transforms = mapTransforms(a)
      if (transforms.problem) return no(transforms.problem, 'see the transform row')
      const object: CsiObject = {
        ...baseObject(a, 'secret'),
        ...(transforms.encoding ? { objectEncoding: 'base64' } : {}),
      }
      const reuse =
        a.secret &&
        (a.secret.type === '' || a.secret.type === 'Opaque') &&
        a.secret.dataKey !== '' &&
        !transforms.encoding
      const sync =
        reuse && a.secret
          ? { secretName: a.secret.name, type: 'Opaque', key: a.secret.dataKey }
          : { secretName: envSecret, type: 'Opaque' }
      return { object, sync, status: 'converted', notes: [], todo: [] }
    }
    case 'certificate': {
      if (query === 'raw') {
        return {
          object: baseObject(a, 'cert'),
          sync: { secretName: envSecret, type: 'Opaque' },
          status: 'caveat',
          notes: ['?raw gave DER bytes; objectType cert gives PEM'],
          todo: ['check the app reads PEM'],
        }
      }
      if (query === 'tls.key') {
        return {
          object: baseObject(a, 'secret'),
          sync: { secretName: tlsSecret, type: TLS, key: 'tls.key' },
          status: copy ? 'converted' : 'caveat',
          notes: copy ? [] : ['the mounted file holds the private key followed by the certificate chain'],
          todo: copy ? [] : ['check the app accepts the key and chain in one PEM'],
        }
      }
      // No query, ?tls.crt or anything else: the public certificate (secret_handler.go's default case).
      return copy
        ? {
            object: baseObject(a, 'secret'),
            sync: { secretName: tlsSecret, type: TLS, key: 'tls.crt' },
            status: 'converted',
            notes: [],
            todo: [],
          }
        : {
            object: baseObject(a, 'cert'),
            status: 'caveat',
            notes: ['objectType cert gives the server certificate only, without the chain'],
            todo: ['if the app needs the chain, read the certificate as objectType secret'],
          }
    }
    case 'key':
      return {
        object: baseObject(a, 'key'),
        sync: { secretName: envSecret, type: 'Opaque' },
        status: 'caveat',
        notes: [
          'key format changes: akv2k8s injected the RSA modulus only, the driver gives a PEM public key',
        ],
        todo: ['check the app reads PEM'],
      }
    case 'multi-key-value-secret':
      return no(
        `?${query || '(no key)'} took one key of a JSON/YAML secret; the driver cannot split a value`,
        'split it into one Key Vault secret per key, or let the app parse the mounted file',
      )
    default:
      return no(`unknown object type "${a.objectType}"`, 'fix the AzureKeyVaultSecret')
  }
}
