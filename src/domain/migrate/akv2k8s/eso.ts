import { vaultUrl, type Manifest, type Resolved } from '../shared/bridge.ts'
import type { Akvs } from './akvs.ts'

/**
 * External Secrets Operator manifests (external-secrets.io/v1; v1beta1 is no longer served) for a Secret the
 * CSI driver cannot keep: ESO writes it whether or not a pod runs, and can split JSON and PFX. Shapes from ESO
 * docs/provider/azure-key-vault.md; what each remote key returns from providers/v1/azure/keyvault/keyvault.go.
 */
export interface EsoAlternative {
  /** The ExternalSecret, then the SecretStore it reads (one per namespace and vault: apply it once). */
  manifests: Manifest[]
  /** Where ESO's value differs from what akv2k8s wrote; empty when it is the same. */
  note: string
}

/**
 * `dataFrom.extract` parses the value with json.Unmarshal only (keyvault.go getSecretMapMap): a YAML
 * multi-key secret is read whole and split by a template instead. `fromYaml` and `toJson` are ESO template
 * v2 functions (runtime/template/v2); each key and value is written as a JSON string, which the template's
 * map[string]string reading accepts whatever the YAML scalar was.
 */
const YAML_SPLIT =
  '{{- range $k, $v := fromYaml .document }}\n{{ toJson $k }}: {{ toJson (toString $v) }}\n{{- end }}'

/** What the ExternalSecret reads and how it writes the target Secret, per akvs object and secret type. */
function source(a: Akvs, type: string, dataKey: string): { spec: Record<string, unknown>; note: string } {
  const version = a.version ? { version: a.version } : {}
  const typed = type && type !== 'Opaque' ? { template: { type } } : {}
  const one = (key: string, extra: Record<string, unknown> = {}) => ({
    data: [{ secretKey: dataKey || a.objectName, remoteRef: { key, ...version, ...extra } }],
  })
  if (a.objectType === 'multi-key-value-secret') {
    if (a.contentType === 'application/x-yaml') {
      return {
        spec: {
          template: { engineVersion: 'v2', templateFrom: [{ literal: YAML_SPLIT }] },
          data: [{ secretKey: 'document', remoteRef: { key: `secret/${a.objectName}`, ...version } }],
        },
        note: 'ESO dataFrom.extract reads JSON only, so this YAML secret is read whole and split by a template',
      }
    }
    return { spec: { dataFrom: [{ extract: { key: a.objectName, ...version } }] }, note: '' }
  }
  if (a.objectType === 'certificate' && type === 'kubernetes.io/tls') {
    // The private key of a certificate only comes through its secret (secret/<name>), as a base64 PFX.
    const data = {
      'tls.crt': '{{ .tls | b64dec | pkcs12cert }}',
      'tls.key': '{{ .tls | b64dec | pkcs12key }}',
    }
    return {
      spec: {
        template: { type, engineVersion: 'v2', data },
        data: [{ secretKey: 'tls', remoteRef: { key: `secret/${a.objectName}`, ...version } }],
      },
      note: 'the template reads a PFX-backed certificate (pkcs12cert, pkcs12key); for a PEM one use filterPEM',
    }
  }
  if (a.objectType === 'certificate' && type === 'Opaque') {
    // akv2k8s wrote the value as stored (ExportRaw): the PFX bytes or the PEM text. Auto decodes base64 only.
    return { spec: one(`secret/${a.objectName}`, { decodingStrategy: 'Auto' }), note: '' }
  }
  if (a.objectType === 'certificate') {
    return {
      spec: { ...typed, ...one(`cert/${a.objectName}`) },
      note: 'ESO writes cert/ as the DER bytes of the certificate (the CER), where akv2k8s wrote it as PEM: the consumer must read DER',
    }
  }
  if (a.objectType === 'key') {
    return {
      spec: { ...typed, ...one(`key/${a.objectName}`) },
      note: 'ESO writes key/ as the JSON Web Key (a template with jwkPublicKeyPem gives PEM), where akv2k8s wrote the RSA modulus: the consumer must change either way',
    }
  }
  return { spec: { ...typed, ...one(`secret/${a.objectName}`) }, note: '' }
}

/** The SecretStore the ExternalSecret names, with the identity the answers chose (ESO secretstore_azurekv_types.go). */
function secretStore(a: Akvs, r: Resolved): Manifest {
  const auth =
    r.auth === 'uami' || r.auth === 'system'
      ? { authType: 'ManagedIdentity', ...(r.auth === 'uami' ? { identityId: r.client } : {}) }
      : r.auth === 'sp'
        ? {
            authType: 'ServicePrincipal',
            tenantId: r.tenant,
            authSecretRef: {
              clientId: { name: `${a.vault}-eso-credentials`, key: 'clientid' },
              clientSecret: { name: `${a.vault}-eso-credentials`, key: 'clientsecret' },
            },
          }
        : // The referenced service account (annotated with the identity's client id), ESO docs' recommendation.
          { authType: 'WorkloadIdentity', serviceAccountRef: { name: r.sa } }
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'SecretStore',
    metadata: { name: a.vault, ...(a.namespace ? { namespace: a.namespace } : {}) },
    spec: { provider: { azurekv: { ...auth, vaultUrl: vaultUrl(a.vault, r.cloud) } } },
  }
}

export function externalSecret(a: Akvs, r: Resolved): EsoAlternative | undefined {
  const secret = a.secret
  if (!secret) return undefined
  const { spec, note } = source(a, secret.type, secret.dataKey)
  const { template, ...read } = spec
  const external: Manifest = {
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
  return { manifests: [external, secretStore(a, r)], note }
}
