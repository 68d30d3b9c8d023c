import type { Manifest } from '../bridge.ts'
import type { Akvs } from './akvs.ts'

/**
 * An External Secrets Operator ExternalSecret (external-secrets.io/v1; v1beta1 is no longer served) for a
 * Secret the CSI driver cannot keep: ESO writes it whether or not a pod runs, and can split JSON and PFX.
 * Shapes from ESO docs/provider/azure-key-vault.md (reference §4.1). It reads a SecretStore named after the
 * vault, which the team creates once per namespace.
 */
export function externalSecret(a: Akvs): Manifest | undefined {
  const secret = a.secret
  if (!secret) return undefined
  const common = {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: a.name, ...(a.namespace ? { namespace: a.namespace } : {}) },
  }
  const store = { refreshInterval: '1h0m0s', secretStoreRef: { kind: 'SecretStore', name: a.vault } }
  const version = a.version ? { version: a.version } : {}
  if (a.objectType === 'multi-key-value-secret') {
    // dataFrom.extract parses JSON only (providers/v1/azure/keyvault/keyvault.go).
    return {
      ...common,
      spec: {
        ...store,
        target: { name: secret.name, creationPolicy: 'Owner' },
        dataFrom: [{ extract: { key: a.objectName, ...version } }],
      },
    }
  }
  if (a.objectType === 'certificate' && secret.type === 'kubernetes.io/tls') {
    return {
      ...common,
      spec: {
        ...store,
        target: {
          name: secret.name,
          creationPolicy: 'Owner',
          template: {
            type: 'kubernetes.io/tls',
            data: {
              'tls.crt': '{{ .tls | b64dec | pkcs12cert }}',
              'tls.key': '{{ .tls | b64dec | pkcs12key }}',
            },
          },
        },
        data: [{ secretKey: 'tls', remoteRef: { key: `secret/${a.objectName}`, ...version } }],
      },
    }
  }
  const key = secret.dataKey || a.objectName
  const prefix = a.objectType === 'key' ? 'key' : a.objectType === 'certificate' ? 'cert' : 'secret'
  return {
    ...common,
    spec: {
      ...store,
      target: {
        name: secret.name,
        creationPolicy: 'Owner',
        ...(secret.type && secret.type !== 'Opaque' ? { template: { type: secret.type } } : {}),
      },
      data: [{ secretKey: key, remoteRef: { key: `${prefix}/${a.objectName}`, ...version } }],
    },
  }
}
