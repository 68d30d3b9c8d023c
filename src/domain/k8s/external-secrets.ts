/**
 * External Secrets Operator objects (external-secrets.io/v1; v1beta1 is no longer served since v0.17.0),
 * shared by the wizard's option 3 with `sync=eso` and the akv2k8s migration. Shapes from
 * external-secrets/external-secrets apis/externalsecrets/v1/externalsecret_types.go and
 * docs/provider/azure-key-vault.md; checked against the CRDs in shared/reference/crd/.
 */

export const ESO_API_VERSION = 'external-secrets.io/v1' as const

/**
 * The Azure provider reads the object kind from a prefix of the remote key
 * (providers/v1/azure/keyvault/keyvault.go `getObjType`): `secret/` (the default) returns the secret value,
 * `cert/` the certificate's DER bytes (`CertificateBundle.Cer`), `key/` the key as JWK JSON.
 */
export type EsoObjectKind = 'secret' | 'cert' | 'key'

export interface EsoDataItem {
  secretKey: string
  remoteRef: { key: string; version?: string }
}

export const esoDataItem = (
  secretKey: string,
  kind: EsoObjectKind,
  name: string,
  version = '',
): EsoDataItem => ({
  secretKey,
  remoteRef: { key: `${kind}/${name}`, ...(version === '' ? {} : { version }) },
})

/**
 * A certificate with its private key only comes through its secret (`secret/<name>`, a base64 PFX); the
 * template splits it (docs/snippets/azkv-pkcs12-cert-external-secret.yaml).
 */
export const pkcs12TlsData = (from: string): Record<string, string> => ({
  'tls.crt': `{{ ${templateRef(from)} | b64dec | pkcs12cert }}`,
  'tls.key': `{{ ${templateRef(from)} | b64dec | pkcs12key }}`,
})

/**
 * A fetched value in a template: `.name` for a Go identifier, else `index . "name"` (Secret keys may hold
 * `-` and `.`, which a field reference cannot). Secret keys are `[-._a-zA-Z0-9]`: nothing to escape.
 */
export const templateRef = (secretKey: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(secretKey) ? `.${secretKey}` : `index . "${secretKey}"`

export interface ExternalSecretInput {
  name: string
  namespace?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  store: string
  refreshInterval: string
  /** The Secret ESO writes (and owns: it goes when the ExternalSecret goes). */
  target: string
  template?: Record<string, unknown> | undefined
  data?: EsoDataItem[]
  dataFrom?: Record<string, unknown>[]
}

export function externalSecretManifest(i: ExternalSecretInput) {
  return {
    apiVersion: ESO_API_VERSION,
    kind: 'ExternalSecret' as const,
    metadata: {
      name: i.name,
      ...(i.namespace === undefined ? {} : { namespace: i.namespace }),
      ...(i.labels === undefined ? {} : { labels: i.labels }),
      ...(i.annotations === undefined ? {} : { annotations: i.annotations }),
    },
    spec: {
      refreshInterval: i.refreshInterval,
      secretStoreRef: { kind: 'SecretStore', name: i.store },
      target: {
        name: i.target,
        creationPolicy: 'Owner',
        ...(i.template === undefined ? {} : { template: i.template }),
      },
      ...(i.data === undefined ? {} : { data: i.data }),
      ...(i.dataFrom === undefined ? {} : { dataFrom: i.dataFrom }),
    },
  }
}
