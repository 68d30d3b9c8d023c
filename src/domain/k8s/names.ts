import type { Resolved } from '../answers/resolve.ts'

/** Names shared by the manifests and the Azure CLI script, so the two always agree. */

export const CSI_DRIVER = 'secrets-store.csi.k8s.io'
export const SPC_API_VERSION = 'secrets-store.csi.x-k8s.io/v1'
export const SECRETS_VOLUME = 'secrets-store'
export const WRAPPER_VOLUME = 'env-from-files'
/** Outside any mount path the user is likely to pick, so the two volumes never hide each other. */
export const WRAPPER_DIR = '/opt/env-from-files'
export const WRAPPER_FILE = 'env-from-files.sh'
/** The audience the CSI driver and the workload identity webhook request tokens for. */
export const WORKLOAD_IDENTITY_AUDIENCE = 'api://AzureADTokenExchange'

/** The label and annotation keys the generated objects carry, spelled once (the checks read the same ones). */
export const LABEL = {
  app: 'app',
  /** The workload identity webhook injects the token and identity into pods with this label "true". */
  workloadIdentityUse: 'azure.workload.identity/use',
  /** aad-pod-identity binds an identity to pods whose label matches an AzureIdentityBinding's selector. */
  podIdentityBinding: 'aadpodidbinding',
} as const
export const ANNOTATION = {
  /** The service account's workload identity: the webhook and the federated credential read these. */
  clientId: 'azure.workload.identity/client-id',
  tenantId: 'azure.workload.identity/tenant-id',
} as const

export const appLabels = (r: Resolved): Record<string, string> => ({ [LABEL.app]: r.app })
/** Service principal mode: the Secret holding `clientid`/`clientsecret` that the volume names. */
export const credentialsSecretName = (r: Resolved): string => `${r.app}-kv-creds`
export const wrapperConfigMapName = (r: Resolved): string => `${r.app}-env-from-files`
/** Option 3 with External Secrets Operator: the namespaced SecretStore that names the vault. */
export const secretStoreName = (r: Resolved): string => `${r.app}-keyvault`
