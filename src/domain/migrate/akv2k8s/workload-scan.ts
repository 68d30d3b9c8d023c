import { containersOf, fields, list, text, type Fields } from '../shared/bridge.ts'
import { podOf } from '../shared/pod-template.ts'
import type { ImportedDoc } from '../shared/types.ts'

/** A container of a workload's pod, init containers included, as the patcher names it. */
export interface ContainerRef {
  name: string
  container: Fields
}

export function containersOfWorkload(doc: ImportedDoc): ContainerRef[] {
  const spec = podOf(doc.object, doc.kind).spec
  return containersOf(spec).map((c) => ({ name: text(c['name']) ?? '', container: c }))
}

/** The Secrets a container reads: env secretKeyRef, envFrom secretRef, and mounted Secret volumes. */
export function secretsReadBy(doc: ImportedDoc, c: ContainerRef): { secret: string; how: string }[] {
  const reads: { secret: string; how: string }[] = []
  for (const env of list(c.container['env']).map(fields)) {
    const name = text(fields(fields(env['valueFrom'])['secretKeyRef'])['name'])
    if (name) reads.push({ secret: name, how: `env ${text(env['name']) ?? ''}` })
  }
  for (const from of list(c.container['envFrom']).map(fields)) {
    const name = text(fields(from['secretRef'])['name'])
    if (name) reads.push({ secret: name, how: 'envFrom' })
  }
  const volumes = list(podOf(doc.object, doc.kind).spec['volumes']).map(fields)
  for (const mount of list(c.container['volumeMounts']).map(fields)) {
    const volume = volumes.find((v) => v['name'] === mount['name'])
    const name = text(fields(volume?.['secret'])['secretName'])
    if (name) reads.push({ secret: name, how: `volume ${text(mount['name']) ?? ''}` })
  }
  return reads
}

/** `imagePullSecrets` names: kubelet needs them before any volume is mounted. */
export const pullSecretsOf = (doc: ImportedDoc): string[] =>
  list(podOf(doc.object, doc.kind).spec['imagePullSecrets'])
    .map((s) => text(fields(s)['name']) ?? '')
    .filter((n) => n !== '')

/** Secret names an Ingress reads for TLS: they must exist with no pod at all. */
export const ingressSecretsOf = (doc: ImportedDoc): string[] =>
  doc.kind === 'Ingress'
    ? list(fields(doc.object['spec'])['tls'])
        .map((t) => text(fields(t)['secretName']) ?? '')
        .filter((n) => n !== '')
    : []
