import type { ObjectType, OptionId } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import type { Plan } from '../../plan/plan.ts'
import { planVaults } from '../../plan/vaults.ts'

/** One Key Vault object the identity must read, as the provider fetches it (see access-steps.ts). */
export interface VaultObjectRef {
  name: string
  type: ObjectType
}

/** What the script's steps depend on, worked out once. */
export interface ScriptContext {
  r: Resolved
  option: OptionId
  csi: boolean
  workloadIdentity: boolean
  /** Workload identity with an identity the script creates: it writes the new client ID into the manifests. */
  newIdentity: boolean
  /** The identity mode the CSI driver uses; option 1 always uses workload identity in the app. */
  auth: Resolved['auth']
  sync: boolean
  /** Option 3 with External Secrets Operator: no add-on, the operator installed with Helm. */
  eso: boolean
  types: Set<ObjectType>
  /** Each object once, in the order given. */
  objects: VaultObjectRef[]
  /**
   * The vaults, each with its objects once: with several, the script names them `KV_1`, `KV_2`... and finds,
   * checks and grants in each (plan/vaults.ts); with one, everything is as before objects had a vault.
   */
  vaults: { name: string; objects: VaultObjectRef[] }[]
  /** Reloader, when the answers use it: installed (or checked) with Helm. */
  reloader: Plan['reloader']
  /** Whether the add-on must have secret rotation on (see cluster-steps.ts). */
  rotation: boolean
  /**
   * Certificates for an Ingress only: the application routing add-on reads them with its own identity
   * (ingress-steps.ts), through the Key Vault add-on, which then needs rotation on to follow a new version.
   */
  ingress: boolean
  /** The pod reads objects of its own: false when every object is for an Ingress only (no identity to set up). */
  podReads: boolean
}

/** Each object once (a type and a name), in the order given. */
function uniqueRefs(objects: readonly { name: string; type: ObjectType }[]): VaultObjectRef[] {
  const refs = new Map<string, VaultObjectRef>()
  for (const o of objects) refs.set(`${o.type}/${o.name}`, { name: o.name, type: o.type })
  return [...refs.values()]
}

export function scriptContext(plan: Plan): ScriptContext {
  const { r, option, csi, workloadIdentity, sync, eso } = plan
  const ingress = plan.ingressObjects.length > 0
  return {
    r,
    option,
    csi,
    workloadIdentity,
    newIdentity: workloadIdentity && r.identity === 'new',
    auth: workloadIdentity ? 'workload' : r.auth,
    sync,
    eso,
    types: new Set(plan.objects.map((o) => o.type)),
    objects: uniqueRefs(plan.objects),
    vaults: planVaults(plan).map((v) => ({ name: v.name, objects: uniqueRefs(v.objects) })),
    // Option 2 reads Key Vault on every mount, so a new pod always gets the current version: rotation only
    // matters while a pod runs. Option 3 keeps it on for a restart too: add-on drivers older than v1.6.0
    // never refresh an existing synced Secret without it (shared/reference/csi-provider-azure.md §3).
    // Reloader only sees a change the driver makes: rotation on (its CSI integration needs it too).
    reloader: plan.reloader,
    // The application routing add-on re-reads a certificate from Key Vault only with rotation on ("To enable
    // the add-on to reload certificates from Azure Key Vault when they change, you should enable the secret
    // autorotation feature", learn.microsoft.com/azure/aks/app-routing-dns-ssl).
    rotation:
      ingress ||
      (csi &&
        (r.rotate === 'live' || (r.rotate === 'restart' && option === 3) || plan.reloader !== undefined)),
    ingress,
    podReads: plan.objects.length > 0,
  }
}
