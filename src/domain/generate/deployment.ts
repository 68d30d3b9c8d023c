import type { OptionId } from '../answers/model.ts'
import type { Resolved } from '../answers/resolve.ts'
import { appLabels } from './names.ts'
import { addOptionToPod, podAdditions } from './pod-additions.ts'
import type { Manifest } from './types.ts'

/** The app's Deployment: a plain workload, then what the option adds to its pod. */
export function deployment(r: Resolved, option: OptionId): Manifest {
  const base = {
    labels: appLabels(r),
    spec: {
      containers: [
        {
          name: 'app',
          image: r.image,
          ...(r.port === undefined ? {} : { ports: [{ containerPort: r.port }] }),
        },
      ],
    },
  }
  const pod = addOptionToPod(base, podAdditions(r, option))
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: r.app, namespace: r.ns, labels: appLabels(r) },
    spec: {
      replicas: 1,
      selector: { matchLabels: appLabels(r) },
      template: { metadata: { labels: pod.labels }, spec: pod.spec },
    },
  }
}
