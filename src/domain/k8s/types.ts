/**
 * The Kubernetes objects the generators build, typed from the real schemas (`kubernetes-models`, type-only
 * imports erased at build), so a misspelt field fails `tsc`. YAML from outside is read with `read.ts`.
 */
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment'
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap'
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount'
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress'
import type { IService } from 'kubernetes-models/v1/Service'

export type { IDeployment } from 'kubernetes-models/apps/v1/Deployment'
export type { IConfigMap } from 'kubernetes-models/v1/ConfigMap'
export type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount'
export type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress'
export type { IService } from 'kubernetes-models/v1/Service'
export type { IPodSpec } from 'kubernetes-models/v1/PodSpec'
export type { IContainer } from 'kubernetes-models/v1/Container'
export type { IPodSecurityContext } from 'kubernetes-models/v1/PodSecurityContext'
export type { ISecurityContext } from 'kubernetes-models/v1/SecurityContext'
export type { IEnvVar } from 'kubernetes-models/v1/EnvVar'
export type { IVolume } from 'kubernetes-models/v1/Volume'
export type { ICSIVolumeSource } from 'kubernetes-models/v1/CSIVolumeSource'
export type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount'

/** Every object has a name here: the generators always set one. */
interface Named {
  metadata: {
    name: string
    namespace?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
  }
}

/**
 * Every key the Azure provider reads from a SecretProviderClass's `spec.parameters`, spelled as its Go
 * constants (Azure/secrets-store-csi-driver-provider-azure, pkg/provider/types/types.go): it reads them with
 * exact, case-sensitive map lookups. `tenantId` is the deprecated spelling it still reads after `tenantID`.
 */
export const AZURE_PARAMETERS = [
  'keyvaultName',
  'tenantID',
  'tenantId',
  'objects',
  'usePodIdentity',
  'useVMManagedIdentity',
  'userAssignedIdentityID',
  'clientID',
  'useAzureTokenProxy',
  'cloudName',
  'cloudEnvFileName',
] as const
export type AzureParameter = (typeof AZURE_PARAMETERS)[number]
/** The CRD types `parameters` as a map of strings, which is why booleans are written `"true"`. */
export type AzureParameters = { [K in AzureParameter]?: string }

/**
 * `secrets-store.csi.x-k8s.io/v1` SecretProviderClass of the Azure provider, as its CRD defines it
 * (shared/reference/crd/), with the parameters that provider reads.
 */
export interface SecretProviderClass extends Named {
  apiVersion: 'secrets-store.csi.x-k8s.io/v1'
  kind: 'SecretProviderClass'
  spec: {
    provider: 'azure'
    parameters?: AzureParameters
    secretObjects?: SecretObject[]
  }
}

/**
 * The `volumeAttributes` of a Secrets Store CSI volume that the driver reads
 * (kubernetes-sigs/secrets-store-csi-driver, pkg/secrets-store/nodeserver.go: `secretProviderClass`).
 */
export interface SecretsStoreVolumeAttributes {
  secretProviderClass: string
}

/** One Kubernetes Secret the driver syncs from the mounted files. */
export interface SecretObject {
  secretName: string
  type: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  /** `objectName` is the mounted file's name (the alias when there is one), not the Key Vault name. */
  data: { objectName: string; key: string }[]
}

/** External Secrets Operator's namespaced store (external-secrets.io/v1, shared/reference/crd/). */
export interface SecretStore extends Named {
  apiVersion: 'external-secrets.io/v1'
  kind: 'SecretStore'
  spec: { provider: { azurekv: Record<string, unknown> } }
}

/** External Secrets Operator's ExternalSecret (external-secrets.io/v1): writes one Secret. */
export interface ExternalSecret extends Named {
  apiVersion: 'external-secrets.io/v1'
  kind: 'ExternalSecret'
  spec: Record<string, unknown>
}

/** A Kubernetes object the app generates, ready for js-yaml's dump. */
export type Manifest =
  | (IDeployment & Named)
  | (IServiceAccount & Named)
  | (IConfigMap & Named)
  | (IService & Named)
  | (IIngress & Named)
  | SecretProviderClass
  | SecretStore
  | ExternalSecret
