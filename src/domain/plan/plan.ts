import { emptyObject, type AnswerKey, type OptionId, type TextKey } from '../answers/model.ts'
import { resolveObject, type IngressObject, type Resolved, type ResolvedObject } from '../answers/resolve.ts'

/**
 * What the files of one option need, worked out once from the resolved answers: the generators, the
 * validator, the form ("not used by option 3") and the command line all read this, so none of them restates
 * a rule of what an option needs.
 */
export interface Plan {
  option: OptionId
  r: Resolved
  /** The pod mounts the Secrets Store CSI volume (options 2 and 3). */
  csi: boolean
  /** A service account federated with a managed identity: option 1 always, options 2 and 3 with `auth=workload`. */
  workloadIdentity: boolean
  /** The files name a client ID: workload identity's, the nodes' user-assigned identity's, or the service principal's. */
  clientId: boolean
  /** Option 2's start-up wrapper that sets env vars from the mounted files (see `usesWrapper`). */
  wrapper: boolean
  /** Option 3: the env var objects are synced into a Kubernetes Secret (by the driver, or by ESO with `eso`). */
  sync: boolean
  /**
   * Option 3 with `sync=eso`: External Secrets Operator writes the Secret from a SecretStore and an
   * ExternalSecret; no CSI volume, no SecretProviderClass, and the app's pod needs no Azure identity.
   */
  eso: boolean
  /**
   * `reload=reloader`: Stakater Reloader rolls the Deployment when the synced Secret changes (option 3), or
   * when the class's mounted versions change (option 2, through its CSI integration, which needs the
   * driver's rotation on). Undefined when Reloader is not used.
   */
  reloader?: Reloader
  /**
   * A rotated value must reach a running process that cannot see it (env vars, or files read once at
   * start): rotation while running with option 2 or 3. The form then suggests Reloader.
   */
  reloadSuggested: boolean
  /** Option 1: a code sample in the chosen language. */
  codeSample: boolean
  /**
   * The objects the app reads, written into the files: a placeholder object while no object at all is given
   * (the validator flags it). Empty when every object is for an Ingress only: the pod then reads nothing from
   * Key Vault, so it has no CSI volume, no SecretProviderClass and no Azure identity.
   */
  objects: ResolvedObject[]
  /**
   * Certificates only an Ingress uses (`ing`): one Ingress each, whose TLS Secret the AKS application
   * routing add-on makes and rotates (learn.microsoft.com/azure/aks/app-routing-dns-ssl).
   */
  ingressObjects: IngressObject[]
  /**
   * Objects the app reads from an environment variable, with the variable's name trimmed. Their vaults, each
   * with its class, volume, mount, synced Secret and store, are `planVaults(plan)` (vaults.ts), which only
   * the files need: the first screen never loads it.
   */
  envObjects: ResolvedObject[]
  /** Whether the objects' env var names are used (option 3, or option 2 for an app that reads env vars). */
  envNames: boolean
  /**
   * The Pod Security Standards level the pod meets: "restricted" needs an image that runs as non-root,
   * so a pod for an image that may run as root is written to meet "baseline" without breaking it.
   */
  podSecurity: 'restricted' | 'baseline'
  /**
   * Placeholders azure-setup.sh (or apply.sh, after the IaC) fills itself before it applies the manifests: a
   * new workload identity's client ID, known only once it is created, or the add-on identity's, which the IaC
   * reads from the cluster. They do not make the files "not ready".
   */
  filledByScript: TextKey[]
  /** Text answers the files cannot do without: while one is empty the files hold its placeholder. */
  needs: TextKey[]
  /** Answers the files do not read, with the note the form shows beside them; they stay editable. */
  unused: Partial<Record<AnswerKey, string>>
}

/** What Reloader watches for the Deployment, and the annotation that says so (stakater/Reloader README). */
export interface Reloader {
  annotation: 'secret.reloader.stakater.com/reload' | 'secretproviderclass.reloader.stakater.com/reload'
  /** Option 2: Reloader watches SecretProviderClassPodStatus (`reloader.enableCSIIntegration=true`). */
  csiIntegration: boolean
}

function reloaderFor(r: Resolved, option: OptionId, sync: boolean, csi: boolean): Reloader | undefined {
  if (r.reload !== 'reloader' || option === 1) return undefined
  if (option === 3) {
    return sync ? { annotation: 'secret.reloader.stakater.com/reload', csiIntegration: false } : undefined
  }
  if (!csi) return undefined
  return { annotation: 'secretproviderclass.reloader.stakater.com/reload', csiIntegration: true }
}

/** The objects to write, with a placeholder object while none is given, so the files still show the shape. */
export const objectsOf = (r: Resolved): ResolvedObject[] =>
  r.objects.length > 0 || r.ingressObjects.length > 0 ? r.objects : [resolveObject(emptyObject(), r.kv)]

export const envObjectsOf = (r: Resolved): ResolvedObject[] =>
  objectsOf(r)
    .map((o) => ({ ...o, env: o.env.trim() }))
    .filter((o) => o.env !== '')

/**
 * The wrapper, the one definition: option 2 turns mounted files into env vars when the app reads any env
 * var. The recommendation speaks of it before any object is named (`wrapperApproach`); the files hold it
 * once an object has an env var name, which the validator asks for when the app reads env vars.
 */
export const wrapperApproach = (option: OptionId, reads: Resolved['reads']): boolean =>
  option === 2 && reads === 'env'
export const usesWrapper = (option: OptionId, r: Resolved): boolean =>
  option === 2 && envObjectsOf(r).length > 0

/** Options 2 and 3 mount the Secrets Store CSI volume. */
export const usesCsiDriver = (option: OptionId): boolean => option !== 1

/** Option 1 always authenticates with workload identity; the CSI options only when the user chose it. */
export const usesWorkloadIdentity = (option: OptionId, r: Resolved): boolean =>
  option === 1 || r.auth === 'workload'

export function planFor(r: Resolved, option: OptionId): Plan {
  const objects = objectsOf(r)
  // Every object is for an Ingress only: the app reads nothing from Key Vault itself.
  const podReads = objects.length > 0
  const eso = option === 3 && r.sync === 'eso' && podReads
  const csi = usesCsiDriver(option) && !eso && podReads
  const workloadIdentity = usesWorkloadIdentity(option, r) && podReads
  // The user gives a client ID for an existing workload identity (a new one is created by the script, which
  // writes its client ID into the files itself), the nodes' user-assigned identity, the service principal
  // (the script reads the app by it and adds a credential to it), or the AzureIdentity aad-pod-identity binds.
  const clientId =
    (workloadIdentity && r.identity === 'existing') ||
    (podReads && option !== 1 && (r.auth === 'uami' || r.auth === 'sp' || r.auth === 'podidentity'))
  // Terraform or Bicep reads the add-on identity's client ID from the cluster and apply.sh fills it in.
  const addonClientFromIac =
    r.iac !== 'cli' && podReads && !workloadIdentity && option !== 1 && r.auth === 'uami'
  const filledByScript: TextKey[] =
    (workloadIdentity && r.identity === 'new') || addonClientFromIac ? ['client'] : []
  const envObjects = envObjectsOf(r)
  const wrapper = usesWrapper(option, r)
  const sync = option === 3 && envObjects.length > 0
  const reloader = reloaderFor(r, option, sync, csi)
  const reloadSuggested = option !== 1 && r.rotate === 'live' && podReads
  const notUsed = `not used by option ${option}`
  const unused: Partial<Record<AnswerKey, string>> = {
    ...(csi ? {} : { mount: notUsed, spc: notUsed }),
    ...(workloadIdentity ? {} : { sa: notUsed }),
    ...(wrapper ? {} : { cmd: notUsed }),
    // An empty client ID with workload identity means a new identity; typing one uses it: still a used field.
    ...(clientId || workloadIdentity ? {} : { client: notUsed }),
    ...(workloadIdentity ? {} : { identity: notUsed }),
    ...(option === 1 ? {} : { lang: 'only used by option 1' }),
    ...(option === 3 ? {} : { sync: 'only used by option 3' }),
    ...(option === 1 ? { reload: notUsed } : {}),
  }
  return {
    option,
    r,
    csi,
    workloadIdentity,
    clientId,
    wrapper,
    sync,
    eso,
    ...(reloader ? { reloader } : {}),
    reloadSuggested,
    codeSample: option === 1 && podReads,
    objects,
    ingressObjects: r.ingressObjects,
    envObjects,
    envNames: option === 3 || (option === 2 && (r.reads === 'env' || wrapper)),
    podSecurity: r.user === 'nonroot' ? 'restricted' : 'baseline',
    filledByScript,
    // The resource group and cluster are in azure-setup.sh, which every option has.
    needs: [
      'image',
      'kv',
      'tenant',
      'rg',
      'cluster',
      ...(clientId && !addonClientFromIac ? ['client' as const] : []),
      ...(wrapper ? ['cmd' as const] : []),
    ],
    unused,
  }
}
