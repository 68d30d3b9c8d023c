import { syncedSecretName, type Resolved, type ResolvedObject } from '../answers/resolve.ts'
import { SECRETS_VOLUME, secretStoreName } from '../k8s/names.ts'
import type { Plan } from './plan.ts'

/**
 * The vaults an app reads (issue 17: an object's `VAULT` field, else the `kv` vault), each with the names of
 * what is made for it. One SecretProviderClass names one vault (`keyvaultName`), so each vault gets its own
 * class, CSI volume, mount, synced Secret and SecretStore (kubernetes-sigs/secrets-store-csi-driver#229).
 * With one vault every name is the one a link without `VAULT` always gave; with several, each is suffixed
 * with the vault, so two classes never share a name (two with one name silently collapse into the last
 * applied, driver#1449) and the mounts are sibling directories, never one inside the other.
 */
export interface VaultPlan {
  /** The vault's name, as its first object (or `kv`) writes it. */
  name: string
  /** The name in lower case: Azure compares vault names without case, and Kubernetes names are lower case. */
  key: string
  /** The objects it holds, in the answers' order. */
  objects: ResolvedObject[]
  /** Those the app reads from an environment variable, with the variable's name trimmed. */
  envObjects: ResolvedObject[]
  /** Its SecretProviderClass. */
  spc: string
  /** Its CSI volume in the pod. */
  volume: string
  /** Where that volume is mounted. */
  mountPath: string
  /** Option 3: the Secret its env var objects are synced into (by the driver or by ESO). */
  syncedSecret: string
  /** Option 3 with ESO: its SecretStore. */
  secretStore: string
}

/** Vault names are case-insensitive in Azure (they are DNS names): `KV-A` and `kv-a` are one vault. */
const vaultKey = (vault: string): string => vault.toLowerCase()

/** The objects (or the placeholder one) grouped by vault, in the order each vault first appears. */
export function vaultsOf(r: Resolved, objects: readonly ResolvedObject[]): VaultPlan[] {
  const groups = new Map<string, { name: string; objects: ResolvedObject[] }>()
  for (const o of objects) {
    const name = o.vault.trim() || r.kv
    const group = groups.get(vaultKey(name)) ?? { name, objects: [] }
    group.objects.push(o)
    groups.set(vaultKey(name), group)
  }
  const several = groups.size > 1
  const mount = r.mount.replace(/\/+$/, '')
  return [...groups].map(([key, { name, objects }]) => ({
    name,
    key,
    objects,
    envObjects: objects.map((o) => ({ ...o, env: o.env.trim() })).filter((o) => o.env !== ''),
    spc: several ? `${r.spc}-${key}` : r.spc,
    volume: several ? `${SECRETS_VOLUME}-${key}` : SECRETS_VOLUME,
    mountPath: several ? `${mount}/${key}` : r.mount,
    syncedSecret: several ? `${syncedSecretName(r)}-${key}` : syncedSecretName(r),
    secretStore: several ? `${secretStoreName(r)}-${key}` : secretStoreName(r),
  }))
}

// Worked out once per plan: every generator of a plan's files reads them.
const cache = new WeakMap<Plan, VaultPlan[]>()

/** The plan's vaults (always one at least: the placeholder object's while there is no object). */
export function planVaults(plan: Plan): VaultPlan[] {
  const known = cache.get(plan)
  if (known !== undefined) return known
  const vaults = vaultsOf(plan.r, plan.objects)
  cache.set(plan, vaults)
  return vaults
}

/**
 * What Reloader watches (stakater/Reloader README: the annotation takes a comma-separated list): option 3
 * the synced Secret of each vault whose objects feed env vars, option 2 each vault's class.
 */
export const reloaderTarget = (plan: Plan): string =>
  plan.option === 3
    ? planVaults(plan)
        .filter((v) => v.envObjects.length > 0)
        .map((v) => v.syncedSecret)
        .join(',')
    : planVaults(plan)
        .map((v) => v.spc)
        .join(',')
