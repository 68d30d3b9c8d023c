import type { Plan } from '../plan/plan.ts'
import { appLabels } from '../k8s/names.ts'
import { addOptionToPod, podAdditions } from './pod-additions.ts'
import { containerRuntime, containerSecurityContext, podSecurityContext } from './pod-security.ts'
import { asPodSpec } from '../k8s/read.ts'
import type { IDeployment } from '../k8s/types.ts'

/** The app's Deployment: a plain workload, then what the option adds to its pod. */
export function deployment(plan: Plan): IDeployment & { metadata: { name: string } } {
  const { r } = plan
  const base = {
    labels: appLabels(r),
    spec: {
      securityContext: podSecurityContext(plan),
      containers: [
        {
          name: 'app',
          image: r.image,
          ...(r.port === undefined ? {} : { ports: [{ containerPort: r.port }] }),
          ...containerRuntime(plan),
          securityContext: containerSecurityContext(plan),
        },
      ],
    },
  }
  const pod = addOptionToPod(base, podAdditions(plan))
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: r.app,
      namespace: r.ns,
      labels: appLabels(r),
      // Reloader reads its annotations on the workload itself, not on the pod template (stakater/Reloader
      // README: "secret.reloader.stakater.com/reload", "secretproviderclass.reloader.stakater.com/reload").
      ...(plan.reloader ? { annotations: { [plan.reloader.annotation]: plan.reloader.target } } : {}),
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: appLabels(r) },
      template: { metadata: { labels: pod.labels }, spec: asPodSpec(pod.spec) },
    },
  }
}
