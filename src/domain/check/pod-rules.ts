import { CSI_DRIVER, LABEL } from '../k8s/names.ts'
import { containersOf, podTemplateOf, type PodTemplate } from '../k8s/pods.ts'
import { describe, fields, list, nameOf, namespaceOf, text, type Fields } from '../k8s/read.ts'
import type { CheckResult } from './result.ts'
import { identityMode } from './spc-parameters.ts'

const isSpc = (m: Fields): boolean => m['kind'] === 'SecretProviderClass'

interface CsiVolume {
  name: string
  csi: Fields
  spcName: string | undefined
}

function csiVolumes(pod: Fields): CsiVolume[] {
  return list(pod['volumes'])
    .map(fields)
    .filter((v) => fields(v['csi'])['driver'] === CSI_DRIVER)
    .map((v) => {
      const csi = fields(v['csi'])
      return {
        name: text(v['name']) ?? '',
        csi,
        spcName: text(fields(csi['volumeAttributes'])['secretProviderClass']),
      }
    })
}

/** What the pod needs for the identity mode its SecretProviderClass uses. */
function identityProblems(spc: Fields, volume: CsiVolume, template: PodTemplate): string[] {
  const params = fields(fields(spc['spec'])['parameters'])
  switch (identityMode(params)) {
    case 'workload':
    case 'tokenproxy':
      // The token the driver passes on is the pod's service account's; without one it is `default`'s.
      return (text(template.spec['serviceAccountName']) ?? '').trim() === ''
        ? [
            `serviceAccountName must be set: SecretProviderClass ${volume.spcName} uses clientID (workload identity)`,
          ]
        : []
    case 'serviceprincipal':
      return (text(fields(volume.csi['nodePublishSecretRef'])['name']) ?? '').trim() === ''
        ? [
            `volume ${volume.name} needs nodePublishSecretRef: its SecretProviderClass sets no identity (service principal mode)`,
          ]
        : []
    case 'podidentity':
      return text(template.labels[LABEL.podIdentityBinding]) === undefined
        ? ['the pod needs the aadpodidbinding label matching an AzureIdentityBinding (usePodIdentity)']
        : []
    case 'vm':
      return []
  }
}

function volumeProblems(
  volume: CsiVolume,
  ns: string,
  template: PodTemplate,
  spcs: readonly Fields[],
): string[] {
  const problems: string[] = []
  // The driver refuses the mount: "Readonly is not true in request".
  if (volume.csi['readOnly'] !== true) problems.push(`volume ${volume.name}: csi.readOnly must be true`)
  if (volume.spcName === undefined || volume.spcName.trim() === '') {
    return [...problems, `volume ${volume.name}: volumeAttributes.secretProviderClass is required`]
  }
  const named = spcs.filter((spc) => nameOf(spc) === volume.spcName)
  const spc = named.find((s) => namespaceOf(s) === ns)
  if (spc !== undefined) return [...problems, ...identityProblems(spc, volume, template)]
  const elsewhere = named.map(namespaceOf)
  if (elsewhere.length > 0) {
    problems.push(
      `volume ${volume.name}: SecretProviderClass ${volume.spcName} is in namespace ${elsewhere.join(', ')}, ` +
        `but the driver looks only in the pod's namespace ${ns}`,
    )
  } else if (spcs.length > 0) {
    problems.push(`volume ${volume.name}: no SecretProviderClass named ${volume.spcName} in namespace ${ns}`)
  }
  return problems
}

/** Secret names the SecretProviderClasses in `ns` sync, with the SPC names and data keys behind each. */
function syncedSecrets(spcs: readonly Fields[], ns: string): Map<string, { spcs: string[]; keys: string[] }> {
  const synced = new Map<string, { spcs: string[]; keys: string[] }>()
  for (const spc of spcs.filter((s) => namespaceOf(s) === ns)) {
    for (const so of list(fields(spc['spec'])['secretObjects']).map(fields)) {
      const secretName = text(so['secretName'])
      if (secretName === undefined) continue
      const entry = synced.get(secretName) ?? { spcs: [], keys: [] }
      entry.spcs.push(nameOf(spc) ?? '')
      entry.keys.push(...list(so['data']).map((d) => text(fields(d)['key']) ?? ''))
      synced.set(secretName, entry)
    }
  }
  return synced
}

/** A synced Secret exists only while some pod mounts the CSI volume that syncs it: this pod must. */
function envProblems(pod: Fields, volumes: CsiVolume[], synced: ReturnType<typeof syncedSecrets>): string[] {
  const mounted = new Set(volumes.map((v) => v.spcName))
  const problems: string[] = []
  const check = (what: string, secretName: string | undefined, key: string | undefined): void => {
    const sync = secretName === undefined ? undefined : synced.get(secretName)
    if (sync === undefined) return
    if (!sync.spcs.some((name) => mounted.has(name))) {
      problems.push(
        `${what} reads Secret ${secretName}, which the driver creates only while a pod mounts the CSI volume ` +
          `of SecretProviderClass ${sync.spcs.join(' or ')}: mount it in this pod`,
      )
    } else if (key !== undefined && !sync.keys.includes(key)) {
      problems.push(`${what} reads key ${key} of Secret ${secretName}, which secretObjects does not sync`)
    }
  }
  for (const container of containersOf(pod)) {
    const cname = text(container['name']) ?? ''
    for (const env of list(container['env']).map(fields)) {
      const ref = fields(fields(env['valueFrom'])['secretKeyRef'])
      check(`container ${cname} env ${text(env['name']) ?? ''}`, text(ref['name']), text(ref['key']))
    }
    for (const from of list(container['envFrom']).map(fields)) {
      check(`container ${cname} envFrom`, text(fields(from['secretRef'])['name']), undefined)
    }
  }
  return problems
}

/**
 * The rules on a workload's pod template that involve the CSI driver, against these SecretProviderClasses:
 * ready to run on many workloads, each namespace's synced Secrets worked out once.
 */
export function podRules(spcs: readonly Fields[]): (manifest: Fields) => CheckResult[] {
  const synced = new Map<string, ReturnType<typeof syncedSecrets>>()
  const syncedIn = (ns: string): ReturnType<typeof syncedSecrets> => {
    const known = synced.get(ns)
    if (known !== undefined) return known
    const found = syncedSecrets(spcs, ns)
    synced.set(ns, found)
    return found
  }
  return (manifest) => {
    const template = podTemplateOf(manifest)
    if (template === undefined) return []
    const ns = namespaceOf(manifest)
    const volumes = csiVolumes(template.spec)
    const problems = [
      ...volumes.flatMap((v) => volumeProblems(v, ns, template, spcs)),
      ...envProblems(template.spec, volumes, syncedIn(ns)),
    ]
    return problems.map((message) => ({ subject: describe(manifest), message }))
  }
}

/** Rules on each workload's pod template that involve the CSI driver. */
export function podProblems(manifests: readonly Fields[]): CheckResult[] {
  return manifests.flatMap(podRules(manifests.filter(isSpc)))
}
