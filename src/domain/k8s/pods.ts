import { fields, list, type Fields } from './read.ts'
import { podPathOf } from './workloads.ts'

/** A pod template found in a workload manifest. */
export interface PodTemplate {
  labels: Fields
  spec: Fields
}

/**
 * The pod template of a workload (where `WORKLOADS` says its kind keeps it); undefined for every other kind.
 * `kind` defaults to the manifest's own.
 */
export function podTemplateOf(manifest: Fields, kind: unknown = manifest['kind']): PodTemplate | undefined {
  const path = podPathOf(kind)
  if (path === undefined) return undefined
  let node = manifest
  for (const key of path) node = fields(node[key])
  return { labels: fields(fields(node['metadata'])['labels']), spec: fields(node['spec']) }
}

export const containersOf = (pod: Fields): Fields[] =>
  [...list(pod['initContainers']), ...list(pod['containers'])].map(fields)
