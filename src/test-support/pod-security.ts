import { fields, list, text, type Fields } from '../domain/k8s/read.ts'
import { podTemplateOf } from '../domain/k8s/pods.ts'

/**
 * The Pod Security Standards' "baseline" and "restricted" rules, as written on
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/ (Kubernetes v1.32), for the
 * fields a pod can carry. Returns one message per rule broken; empty when the pod meets the level.
 */
const BASELINE_CAPABILITIES = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]
const RESTRICTED_VOLUMES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]

const containersOf = (spec: Fields): Fields[] =>
  [...list(spec['initContainers']), ...list(spec['containers']), ...list(spec['ephemeralContainers'])].map(
    fields,
  )

export function baselineProblems(spec: Fields): string[] {
  const problems: string[] = []
  for (const host of ['hostNetwork', 'hostPID', 'hostIPC'])
    if (spec[host] === true) problems.push(`${host} is true`)
  if (fields(fields(spec['securityContext'])['windowsOptions'])['hostProcess'] === true)
    problems.push('hostProcess')
  for (const v of list(spec['volumes']).map(fields))
    if ('hostPath' in v) problems.push(`hostPath volume ${text(v['name'])}`)
  const seccomps = [
    fields(spec['securityContext']),
    ...containersOf(spec).map((c) => fields(c['securityContext'])),
  ]
  for (const sc of seccomps) {
    if (fields(sc['seccompProfile'])['type'] === 'Unconfined') problems.push('seccompProfile Unconfined')
  }
  for (const c of containersOf(spec)) {
    const sc = fields(c['securityContext'])
    const name = text(c['name'])
    if (sc['privileged'] === true) problems.push(`${name}: privileged`)
    for (const cap of list(fields(sc['capabilities'])['add'])) {
      if (!BASELINE_CAPABILITIES.includes(String(cap)))
        problems.push(`${name}: adds capability ${String(cap)}`)
    }
    for (const p of list(c['ports']).map(fields)) {
      if (p['hostPort'] !== undefined && p['hostPort'] !== 0) problems.push(`${name}: hostPort`)
    }
    if (sc['procMount'] !== undefined && sc['procMount'] !== 'Default') problems.push(`${name}: procMount`)
  }
  return problems
}

export function restrictedProblems(spec: Fields): string[] {
  const problems = baselineProblems(spec)
  const pod = fields(spec['securityContext'])
  for (const v of list(spec['volumes']).map(fields)) {
    const type = Object.keys(v).find((k) => k !== 'name')
    if (type === undefined || !RESTRICTED_VOLUMES.includes(type)) problems.push(`volume type ${String(type)}`)
  }
  if (pod['runAsUser'] === 0) problems.push('runAsUser 0')
  for (const c of containersOf(spec)) {
    const sc = fields(c['securityContext'])
    const name = text(c['name'])
    if (sc['allowPrivilegeEscalation'] !== false)
      problems.push(`${name}: allowPrivilegeEscalation is not false`)
    if (sc['runAsNonRoot'] !== true && pod['runAsNonRoot'] !== true)
      problems.push(`${name}: runAsNonRoot is not true`)
    if (sc['runAsUser'] === 0) problems.push(`${name}: runAsUser 0`)
    const seccomp = text(fields(sc['seccompProfile'])['type']) ?? text(fields(pod['seccompProfile'])['type'])
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
      problems.push(`${name}: seccompProfile ${String(seccomp)}`)
    const caps = fields(sc['capabilities'])
    if (!list(caps['drop']).includes('ALL')) problems.push(`${name}: capabilities do not drop ALL`)
    for (const cap of list(caps['add']))
      if (cap !== 'NET_BIND_SERVICE') problems.push(`${name}: adds ${String(cap)}`)
  }
  return problems
}

/** The pod spec of a workload manifest, or undefined for other kinds. */
export const podSpecOf = (manifest: unknown): Fields | undefined => podTemplateOf(fields(manifest))?.spec
