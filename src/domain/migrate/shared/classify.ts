import { fields, isWorkloadKind, text, type Fields } from './bridge.ts'
import type { ImportedDoc, Role } from './types.ts'

/** Every version the akv2k8s CRD serves (crds/AzureKeyVaultSecret.yaml): the spec is the same in all four. */
export const AKVS_VERSIONS = ['spv.no/v1alpha1', 'spv.no/v1', 'spv.no/v2alpha1', 'spv.no/v2beta1']

const SPC_VERSIONS = ['secrets-store.csi.x-k8s.io/v1', 'secrets-store.csi.x-k8s.io/v1alpha1']

/** The role of an object, and why it is ignored when it is. A Secret keeps its keys, never its values. */
export function classify(doc: ImportedDoc): { doc: ImportedDoc; ignored?: string } {
  const as = (role: Role, ignored?: string) => ({ doc: { ...doc, role }, ...(ignored ? { ignored } : {}) })
  const { kind, apiVersion } = doc
  if (isWorkloadKind(kind)) return as('workload')
  if (kind === 'AzureKeyVaultSecret') {
    return AKVS_VERSIONS.includes(apiVersion)
      ? as('akvs')
      : as('other', `apiVersion ${apiVersion} is not one akv2k8s serves (${AKVS_VERSIONS.join(', ')})`)
  }
  if (kind === 'SecretProviderClass') {
    return SPC_VERSIONS.includes(apiVersion)
      ? as('spc')
      : as('other', `apiVersion ${apiVersion} is not the Secrets Store CSI driver's`)
  }
  if (kind === 'Secret') return redactSecret(doc)
  if (kind === 'Namespace') return as('namespace', 'kept as is (its akv2k8s label is in the clean-up steps)')
  if (kind === 'ServiceAccount') return as('serviceaccount')
  return as('other', 'not a workload, AzureKeyVaultSecret or SecretProviderClass: kept as is')
}

/** A Secret pasted with its values: keep the keys to match consumers, drop every value at once. */
function redactSecret(doc: ImportedDoc): { doc: ImportedDoc; ignored?: string } {
  const o = doc.object
  const keys = [...Object.keys(fields(o['data'])), ...Object.keys(fields(o['stringData']))]
  if (keys.length === 0) return { doc, ignored: 'a Secret without values: kept as is' }
  const { data: _data, stringData: _stringData, ...rest } = o
  const { source: _source, ...withoutText } = doc
  const object: Fields = { ...rest, metadata: safeMetadata(o['metadata']) }
  return {
    doc: { ...withoutText, role: 'secret', object, secretKeys: keys },
    ignored:
      'holds secret values: left out of every output; keep such values out of Git, Key Vault is their home',
  }
}

/** `kubectl get -o yaml` puts the whole object, values included, into this annotation. */
function safeMetadata(metadata: unknown): Fields {
  const m = fields(metadata)
  const annotations = { ...fields(m['annotations']) }
  delete annotations['kubectl.kubernetes.io/last-applied-configuration']
  return { ...m, annotations }
}

export const isSensitiveSecret = (doc: ImportedDoc): boolean => doc.role === 'secret'

/** akv2k8s env value `<akvs name>@azurekeyvault[?query]`, the webhook's regex (cmd/azure-keyvault-env/environment.go). */
const INJECTION =
  /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,253}[a-zA-Z0-9])?)@azurekeyvault(\?([a-zA-Z_][a-zA-Z0-9_.]*)?)?$/

export interface InjectionRef {
  akvs: string
  query: string
}

export function injectionRef(value: unknown): InjectionRef | undefined {
  const match = INJECTION.exec(text(value) ?? '')
  return match ? { akvs: match[1] ?? '', query: match[4] ?? '' } : undefined
}

/** The webhook's quick test (cmd/azure-keyvault-secrets-webhook/pod.go): anything with this suffix is meant for it. */
export const looksInjected = (value: unknown): boolean => (text(value) ?? '').includes('@azurekeyvault')
