import { secretKeyFor, type Resolved } from '../answers/resolve.ts'
import type { Plan } from '../plan/plan.ts'
import { planVaults, type VaultPlan } from '../plan/vaults.ts'
import type {
  ICSIVolumeSource,
  IEnvVar,
  IPodSpec,
  IVolume,
  IVolumeMount,
  SecretsStoreVolumeAttributes,
} from '../k8s/types.ts'
import { vaultUrlEnv } from './code-samples/vault-urls.ts'
import {
  credentialsSecretName,
  CSI_DRIVER,
  LABEL,
  SECRETS_VOLUME,
  WRAPPER_DIR,
  WRAPPER_VOLUME,
  wrapperConfigMapName,
} from '../k8s/names.ts'
import { fields, list, type Fields } from '../k8s/read.ts'
import { wrapperArgs, wrapperCommand } from './wrapper.ts'

/** A volume and the app container's mount of it: one never goes without the other. */
export interface VolumeWithMount {
  volume: IVolume
  mount: IVolumeMount
}

/**
 * What an option adds to a pod: labels, service account, volumes with their mounts, and for the app's
 * container its env vars and (for option 2's wrapper) its command. Kept apart from the Deployment we generate
 * so the same additions can be applied to a workload the engine did not create (see `addOptionToPod`).
 */
export interface PodAdditions {
  labels: Record<string, string>
  serviceAccountName?: string
  volumes: VolumeWithMount[]
  container: {
    command?: string[]
    args?: string[]
    env: IEnvVar[]
  }
}

function labels({ r, option }: Plan): Record<string, string> {
  const labels: Record<string, string> = {}
  // Option 1: the webhook injects the identity and token file that the SDK's DefaultAzureCredential reads.
  // The CSI mount does not need it (the provider gets its token from kubelet), so options 2/3 leave it out.
  if (option === 1) labels[LABEL.workloadIdentityUse] = 'true'
  // aad-pod-identity hands the identity to pods whose label matches an AzureIdentityBinding's selector.
  if (option !== 1 && r.auth === 'podidentity') labels[LABEL.podIdentityBinding] = r.app
  return labels
}

/**
 * The Secrets Store CSI volume of SecretProviderClass `spc`, mounted read-only at `mountPath`: by default
 * the answers' class, volume name and mount path; one per vault when the app reads several (plan/vaults.ts).
 */
export function secretsVolume(
  r: Resolved,
  {
    name = SECRETS_VOLUME,
    mountPath = r.mount,
    spc = r.spc,
  }: { name?: string; mountPath?: string; spc?: string } = {},
): VolumeWithMount {
  return {
    volume: {
      name,
      csi: {
        driver: CSI_DRIVER,
        // The driver refuses to mount unless the volume is read-only.
        readOnly: true,
        volumeAttributes: { secretProviderClass: spc } satisfies SecretsStoreVolumeAttributes,
        // Service principal mode: the provider reads clientid/clientsecret from this Secret.
        ...(r.auth === 'sp'
          ? ({ nodePublishSecretRef: { name: credentialsSecretName(r) } } satisfies Partial<ICSIVolumeSource>)
          : {}),
      },
    },
    mount: { name, mountPath, readOnly: true },
  }
}

/** Option 2's start-up wrapper script, from its ConfigMap. */
export const wrapperVolume = (r: Resolved): VolumeWithMount => ({
  volume: { name: WRAPPER_VOLUME, configMap: { name: wrapperConfigMapName(r) } },
  mount: { name: WRAPPER_VOLUME, mountPath: WRAPPER_DIR, readOnly: true },
})

function env(plan: Plan): IEnvVar[] {
  const { r, option, sync } = plan
  const vaults = planVaults(plan)
  // The SDK samples read the vault's address from here, so one image works against any vault; with several
  // vaults, one variable per vault (code-samples/vault-urls.ts names them).
  if (option === 1) return vaultUrlEnv(r, vaults)
  if (!sync) return []
  // The driver's synced Secret exists only while a pod mounts the CSI volume: this pod does (see volumes),
  // one class, and one Secret, per vault. External Secrets Operator writes them without one.
  return vaults.flatMap((v) =>
    v.envObjects.map((o) => ({
      name: o.env,
      valueFrom: { secretKeyRef: { name: v.syncedSecret, key: secretKeyFor(o.fileName) } },
    })),
  )
}

/** The CSI volume of each vault, named and mounted per vault (plan/vaults.ts). */
export const vaultVolumes = (r: Resolved, vaults: readonly VaultPlan[]): VolumeWithMount[] =>
  vaults.map((v) => secretsVolume(r, { name: v.volume, mountPath: v.mountPath, spc: v.spc }))

export function podAdditions(plan: Plan): PodAdditions {
  const { r, csi, wrapper } = plan
  return {
    labels: labels(plan),
    // Workload identity: the token is this service account's, and the federated credential names it. With
    // External Secrets Operator only the SecretStore uses it: the app's pod gets no Azure identity at all.
    serviceAccountName: plan.workloadIdentity && !plan.eso ? r.sa : undefined,
    volumes: [...(csi ? vaultVolumes(r, planVaults(plan)) : []), ...(wrapper ? [wrapperVolume(r)] : [])],
    container: {
      command: wrapper ? wrapperCommand() : undefined,
      args: wrapper ? wrapperArgs(r) : undefined,
      env: env(plan),
    },
  }
}

/** Entries of `added` replace those of `existing` with the same name; the rest keep their order. */
function byName(existing: unknown, added: readonly { name: string }[]): unknown[] {
  const names = new Set<unknown>(added.map((f) => f.name))
  return [...list(existing).filter((f) => !names.has(fields(f)['name'])), ...added]
}

const orEmpty = (items: unknown[]): unknown[] | undefined => (items.length > 0 ? items : undefined)

/**
 * Applies an option's additions to a pod spec and labels, without changing anything else: other volumes,
 * env vars, sidecars and fields stay as they are. Applying it twice gives the same result. The app's container
 * is the one named `containerName`, an init container too (a job that reads the secrets before the app
 * starts), else the first of `containers`. Generic over the spec: the generated Deployment's typed
 * `IPodSpec` comes back an `IPodSpec`, a pasted workload's plain fields come back plain fields.
 */
export function addOptionToPod<S extends IPodSpec | Fields>(
  pod: { labels?: Record<string, string>; spec: S },
  add: PodAdditions,
  containerName?: string,
): { labels: Record<string, string>; spec: S } {
  // The workload may come from a user's paste: read it with the safe readers, whatever its shape.
  const spec = fields(pod.spec)
  const named = (key: string) => list(spec[key]).some((c) => fields(c)['name'] === containerName)
  const key = !named('containers') && named('initContainers') ? 'initContainers' : 'containers'
  const containers = list(spec[key])
  const index = Math.max(
    0,
    containers.findIndex((c) => fields(c)['name'] === containerName),
  )
  const patched = containers.map((raw, i) => {
    if (i !== index) return raw
    const c = fields(raw)
    const { command, args } = add.container
    return withoutEmpty({
      ...c,
      // The wrapper's command and args replace the container's own, which it runs in turn.
      command: command ?? c['command'],
      args: command ? args : c['args'],
      env: orEmpty(byName(c['env'], add.container.env)),
      volumeMounts: orEmpty(
        byName(
          c['volumeMounts'],
          add.volumes.map((v) => v.mount),
        ),
      ),
    })
  })
  const serviceAccount: Pick<IPodSpec, 'serviceAccountName'> = add.serviceAccountName
    ? { serviceAccountName: add.serviceAccountName }
    : {}
  return {
    labels: { ...pod.labels, ...add.labels },
    // The service account is spread twice: first so that it comes before the containers when the pod had
    // none (as people write it), then so that ours wins over one the pod had.
    spec: withoutEmpty({
      ...serviceAccount,
      ...pod.spec,
      ...serviceAccount,
      [key]: patched,
      volumes: orEmpty(
        byName(
          spec['volumes'],
          add.volumes.map((v) => v.volume),
        ),
      ),
    }),
  }
}

/** The object without its undefined fields, as people write YAML (the dump would drop them too). */
function withoutEmpty<T extends object>(value: T): T {
  const copy = { ...value }
  for (const [key, v] of Object.entries(copy)) if (v === undefined) Reflect.deleteProperty(copy, key)
  return copy
}
