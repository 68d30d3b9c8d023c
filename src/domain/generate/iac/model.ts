import { PLACEHOLDER, type ObjectType } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import type { Plan } from '../../plan/plan.ts'
import { scriptContext, type VaultObjectRef } from '../azure-cli/context.ts'

/**
 * The Azure side of a plan as data, which the Terraform and Bicep renderers both read. Vaults and principals
 * are lists, so a second vault or another service account's identity (the External Secrets Operator's, say)
 * is one more entry, not a special case in a renderer.
 */

/** A Key Vault the files read, named by a label the renderers use for its symbols (`kv`, `kv_2`...). */
export interface IacVault {
  label: string
  name: string
}

/** Where a principal comes from: an identity the IaC creates, one that exists, or the add-on's own. */
export type PrincipalSource =
  | { kind: 'new'; name: string }
  | { kind: 'existing'; clientId: string }
  /** The identity AKS made for the Key Vault secrets provider add-on (azurekeyvaultsecretsprovider-<cluster>). */
  | { kind: 'addon'; clientId?: string }

/** A Kubernetes service account that may sign in as the principal (a federated credential). */
export interface Federation {
  /** The credential's name: 3-120 letters, digits, `-` or `_`, starting with a letter or digit. */
  name: string
  namespace: string
  serviceAccount: string
}

/** Read access of one principal to some objects of one vault. */
export interface Grant {
  vault: string
  objects: VaultObjectRef[]
}

export interface IacPrincipal {
  label: string
  source: PrincipalSource
  federations: Federation[]
  grants: Grant[]
  /** Its client ID goes into the manifests: the IaC outputs it as `client_id` (or `<label>_client_id`). */
  clientIdToManifests: boolean
}

/** What to merge into the team's own cluster definition (never a second cluster resource). */
export interface ClusterSide {
  addon: boolean
  rotation: boolean
  poll: string
  oidcIssuer: boolean
  workloadIdentity: boolean
}

export interface IacModel {
  kind: 'generated'
  resourceGroup: string
  cluster: string
  tenant: string
  cloud: Resolved['cloud']
  /** Names the files in their header comment. */
  option: Plan['option']
  vaults: IacVault[]
  principals: IacPrincipal[]
  clusterSide: ClusterSide
}

/** An identity mode the IaC does not write, and why, in words the README and the file tab show. */
export interface IacNotGenerated {
  kind: 'not-generated'
  auth: Resolved['auth']
  reason: string
  /** Not for the identity mode: every object is for an Ingress only (INGRESS_ONLY). */
  ingressOnly?: true
}

/**
 * Why the identity modes that are not a managed identity the app can be federated with are left out. Each
 * would be half a configuration: a part of the setup the IaC cannot own.
 */
const NOT_GENERATED: Partial<Record<Resolved['auth'], string>> = {
  system:
    "The nodes' system-assigned identity belongs to the virtual machine scale sets that AKS creates and " +
    'manages in the node resource group: Terraform and Bicep cannot own it, and AKS may undo a change made ' +
    'to it. azure-setup.sh turns it on and grants it read access instead.',
  sp:
    "A service principal's client secret must be stored in a Kubernetes Secret, and writing it through IaC " +
    'would put it in the Terraform state or the deployment history. azure-setup.sh adds the password and ' +
    'writes it straight into the Secret instead.',
  podidentity:
    'aad-pod-identity is deprecated (October 2022) and archived (October 2023): its AzureIdentity and ' +
    'AzureIdentityBinding are cluster objects, not Azure resources. azure-setup.sh checks the binding and ' +
    'grants read access instead.',
}

/**
 * Every object is for an Ingress only: the app needs no identity and no grant, and what is left (the
 * application routing add-on's Key Vault access) is not expressible against a cluster the IaC only reads:
 * azurerm 5.2.0's data source `azurerm_kubernetes_cluster` exports no `web_app_routing` block (only the
 * resource does), and enabling the add-on is a change to the cluster resource itself.
 */
export const INGRESS_ONLY =
  'Every Key Vault object is for an Ingress only: the app needs no identity and no grant of its own. What ' +
  "is left is the application routing add-on's access to the vault, and the cluster (another team's " +
  'resource here) would have to change for it: azure-setup.sh does it with az (`az aks approuting update ' +
  '--enable-kv --attach-kv`).'

export const WORKLOAD_IDENTITY_POINTER =
  'Choose Workload Identity to get the whole Azure side as code: a managed identity per service account, ' +
  'no credential stored anywhere.'

/** The prefix of a vault's Terraform variables (`key_vault_name`, or `kv_2_name` with several vaults). */
export const terraformVaultPrefix = (v: IacVault, model: IacModel): string =>
  model.vaults.length === 1 ? 'key_vault' : v.label

/** The prefix of a vault's Bicep parameters (`keyVaultName`, or `kv_2VaultName` with several vaults). */
export const bicepVaultPrefix = (v: IacVault, model: IacModel): string =>
  model.vaults.length === 1 ? 'keyVault' : `${v.label}Vault`

/** The label of the plan's vault at this index: a symbol in Terraform and Bicep, never a user's text. */
export const iacVaultLabel = (index: number): string => (index === 0 ? 'kv' : `kv_${index + 1}`)

/** The plan's Azure side, or why it is not written as code. */
export function iacModel(plan: Plan): IacModel | IacNotGenerated {
  const ctx = scriptContext(plan)
  const { r } = plan
  if (!ctx.podReads) return { kind: 'not-generated', auth: ctx.auth, reason: INGRESS_ONLY, ingressOnly: true }
  const reason = NOT_GENERATED[ctx.auth]
  if (reason !== undefined) return { kind: 'not-generated', auth: ctx.auth, reason }
  // One entry per vault the objects are in (plan/vaults.ts), each granted the objects it holds: `kv` for the
  // first, as before objects had a vault, then `kv_2`, `kv_3`... The `kv` vault alone when the pod reads none
  // (every object for an Ingress only: the add-on's routing is attached to it).
  const byVault = ctx.vaults.length > 0 ? ctx.vaults : [{ name: r.kv, objects: ctx.objects }]
  const vaults: IacVault[] = byVault.map((v, i) => ({ label: iacVaultLabel(i), name: v.name }))
  const grants: Grant[] = byVault.map((v, i) => ({ vault: iacVaultLabel(i), objects: v.objects }))
  const source: PrincipalSource =
    ctx.auth === 'uami'
      ? // An empty answer resolves to the placeholder: the IaC then fills the client ID in itself.
        { kind: 'addon', clientId: r.client === PLACEHOLDER.client ? undefined : r.client }
      : ctx.newIdentity
        ? { kind: 'new', name: `${r.app}-identity` }
        : { kind: 'existing', clientId: r.client }
  return {
    kind: 'generated',
    resourceGroup: r.rg,
    cluster: r.cluster,
    tenant: r.tenant,
    cloud: r.cloud,
    option: plan.option,
    vaults,
    principals: [
      {
        label: 'app',
        source,
        federations: ctx.workloadIdentity
          ? [{ name: `${r.app}-federated`, namespace: r.ns, serviceAccount: r.sa }]
          : [],
        grants,
        clientIdToManifests: source.kind === 'new' || source.kind === 'addon',
      },
    ],
    clusterSide: {
      addon: ctx.csi,
      rotation: ctx.rotation,
      poll: r.poll,
      // As azure-setup.sh: the issuer for the federation, the webhook with it (the SDK in the app needs it).
      oidcIssuer: ctx.workloadIdentity,
      workloadIdentity: ctx.workloadIdentity,
    },
  }
}

/** The object types one grant reads, each once, in a fixed order. */
export const typesOf = (objects: readonly VaultObjectRef[]): ObjectType[] =>
  (['secret', 'key', 'cert'] as const).filter((t) => objects.some((o) => o.type === t))
