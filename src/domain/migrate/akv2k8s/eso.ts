import type { Manifest } from '../shared/bridge.ts'
import type { Akvs } from './akvs.ts'

/**
 * An External Secrets Operator ExternalSecret (external-secrets.io/v1; v1beta1 is no longer served) for a
 * Secret the CSI driver cannot keep: ESO writes it whether or not a pod runs, and can split JSON and PFX.
 * Shapes from ESO docs/provider/azure-key-vault.md (reference §4.1). It reads a SecretStore named after the
 * vault, which the team creates once per namespace.
 */
/** What the ExternalSecret reads and how it writes the target Secret, per akvs object and secret type. */
function source(a: Akvs, type: string, dataKey: string): Record<string, unknown> {
  const version = a.version ? { version: a.version } : {}
  if (a.objectType === 'multi-key-value-secret') {
    // dataFrom.extract parses JSON only (providers/v1/azure/keyvault/keyvault.go).
    return { dataFrom: [{ extract: { key: a.objectName, ...version } }] }
  }
  if (a.objectType === 'certificate' && type === 'kubernetes.io/tls') {
    // The private key of a certificate only comes through its secret (secret/<name>), as a base64 PFX.
    const data = {
      'tls.crt': '{{ .tls | b64dec | pkcs12cert }}',
      'tls.key': '{{ .tls | b64dec | pkcs12key }}',
    }
    return {
      template: { type, data },
      data: [{ secretKey: 'tls', remoteRef: { key: `secret/${a.objectName}`, ...version } }],
    }
  }
  const prefix = a.objectType === 'key' ? 'key' : a.objectType === 'certificate' ? 'cert' : 'secret'
  return {
    ...(type && type !== 'Opaque' ? { template: { type } } : {}),
    data: [
      { secretKey: dataKey || a.objectName, remoteRef: { key: `${prefix}/${a.objectName}`, ...version } },
    ],
  }
}

export function externalSecret(a: Akvs): Manifest | undefined {
  const secret = a.secret
  if (!secret) return undefined
  const { template, ...read } = source(a, secret.type, secret.dataKey)
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: a.name, ...(a.namespace ? { namespace: a.namespace } : {}) },
    spec: {
      refreshInterval: '1h0m0s',
      secretStoreRef: { kind: 'SecretStore', name: a.vault },
      target: { name: secret.name, creationPolicy: 'Owner', ...(template ? { template } : {}) },
      ...read,
    },
  }
}
