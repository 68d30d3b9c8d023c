import { fields, list, type Fields } from './read.ts'

/** A pod template found in a workload manifest. */
export interface PodTemplate {
  labels: Fields
  spec: Fields
}

/** The pod template of the workload kinds that have one; undefined for every other kind. */
export function podTemplateOf(manifest: Fields): PodTemplate | undefined {
  const spec = fields(manifest['spec'])
  const fromTemplate = (template: unknown): PodTemplate => ({
    labels: fields(fields(fields(template)['metadata'])['labels']),
    spec: fields(fields(template)['spec']),
  })
  switch (manifest['kind']) {
    case 'Pod':
      return { labels: fields(fields(manifest['metadata'])['labels']), spec }
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      return fromTemplate(spec['template'])
    case 'CronJob':
      return fromTemplate(fields(fields(spec['jobTemplate'])['spec'])['template'])
    default:
      return undefined
  }
}

export const containersOf = (pod: Fields): Fields[] =>
  [...list(pod['initContainers']), ...list(pod['containers'])].map(fields)
