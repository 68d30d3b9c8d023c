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
  /**
   * The synced Secret and key for `secretKeyRef`; key undefined = the object's file name. `keys`: every key
   * the Secret needs from this object (a kubernetes.io/tls Secret needs both halves), when more than `key`.
   */
  sync?: { secretName: string; type: string; key?: string; keys?: string[] }
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

/**
 * `queries`: every query the inputs use on this akvs. akv2k8s exported a certificate's private key only for
 * `?tls.key`; any other query gave the public certificate alone (secret_handler.go
 * `AzureKeyVaultCertificateHandler.Handle`: `ExportPrivateKey: h.query == corev1.TLSPrivateKeyKey`, and
 * without it pkg/azure/keyvault/client/service.go `GetCertificate` returns `NewCertificateFromDer(response.CER)`,
 * the server certificate only).
 */
export function mapRef(
  a: Akvs,
  query: string,
  copy: boolean,
  envSecret: string,
  queries: ReadonlySet<string> = new Set([query]),
): MappedRef {
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
      const withKey = queries.has('tls.key')
      const withCert = [...queries].some((q) => q !== 'tls.key' && q !== 'raw')
      // A kubernetes.io/tls Secret needs both tls.crt and tls.key (Kubernetes ValidateSecret), and the driver
      // fills each from objectType secret (the key and chain): only when the private key is wanted at all.
      const tls = { secretName: tlsSecret, type: TLS, keys: ['tls.key', 'tls.crt'] }
      if (query === 'tls.key') {
        return copy
          ? {
              object: baseObject(a, 'secret'),
              // The driver writes tls.key as PKCS#1 or SEC 1, as akv2k8s did (secrets-store-csi-driver
              // pkg/util/secretutil/secret.go getPrivateKey).
              sync: { ...tls, key: 'tls.key' },
              status: 'converted',
              notes: [],
              todo: [],
            }
          : {
              object: baseObject(a, 'secret'),
              status: 'caveat',
              notes: [
                // provider pkg/provider/provider.go decodePKCS12: MarshalPKCS8PrivateKey, then the certificates.
                'the mounted file holds the private key as PKCS#8 ("BEGIN PRIVATE KEY") followed by the certificate chain, where akv2k8s gave the key alone as PKCS#1 ("BEGIN RSA PRIVATE KEY") or EC ("BEGIN EC PRIVATE KEY")',
              ],
              todo: ['check the app accepts a PKCS#8 key followed by the chain in one PEM'],
            }
      }
      // No query, ?tls.crt or anything else: the public certificate (the handler's default case).
      if (copy && withKey && withCert) {
        return {
          object: baseObject(a, 'secret'),
          sync: { ...tls, key: 'tls.crt' },
          status: 'caveat',
          notes: [
            'tls.crt holds the server certificate followed by the chain, where akv2k8s gave the server certificate alone',
          ],
          todo: ['check the app accepts the chain after the server certificate'],
        }
      }
      // objectType cert: the provider writes the certificate's CER as PEM (provider.go getCertificate), the
      // same server certificate akv2k8s gave, and no private key reaches the pod.
      return {
        object: baseObject(a, 'cert'),
        ...(copy ? { sync: { secretName: envSecret, type: 'Opaque' } } : {}),
        status: 'converted',
        notes: [],
        todo: [],
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
