import { esoDataItem, externalSecretManifest, pkcs12TlsData, type Manifest } from '../shared/bridge.ts'
import type { Akvs } from './akvs.ts'

/**
 * An External Secrets Operator ExternalSecret for a Secret the CSI driver cannot keep: ESO writes it
 * whether or not a pod runs, and can split JSON and PFX (reference §4.1). It reads a SecretStore named
 * after the vault, which the team creates once per namespace. Built with the wizard's own ESO builders
 * (k8s/external-secrets.ts).
 */
/** What the ExternalSecret reads and how it writes the target Secret, per akvs object and secret type. */
function source(a: Akvs, type: string, dataKey: string) {
  const version = a.version ? { version: a.version } : {}
  if (a.objectType === 'multi-key-value-secret') {
    // dataFrom.extract parses JSON only (providers/v1/azure/keyvault/keyvault.go).
    return { dataFrom: [{ extract: { key: a.objectName, ...version } }] }
  }
  if (a.objectType === 'certificate' && type === 'kubernetes.io/tls') {
    // The private key of a certificate only comes through its secret (secret/<name>), as a base64 PFX.
    return {
      template: { type, data: pkcs12TlsData('tls') },
      data: [esoDataItem('tls', 'secret', a.objectName, a.version)],
    }
  }
  const kind = a.objectType === 'key' ? 'key' : a.objectType === 'certificate' ? 'cert' : 'secret'
  return {
    ...(type && type !== 'Opaque' ? { template: { type } } : {}),
    data: [esoDataItem(dataKey || a.objectName, kind, a.objectName, a.version)],
  }
}

export function externalSecret(a: Akvs): Manifest | undefined {
  const secret = a.secret
  if (!secret) return undefined
  return externalSecretManifest({
    name: a.name,
    ...(a.namespace ? { namespace: a.namespace } : {}),
    refreshInterval: '1h0m0s',
    store: a.vault,
    target: secret.name,
    ...source(a, secret.type, secret.dataKey),
  })
}
