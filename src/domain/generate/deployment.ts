import type { Plan } from '../plan/plan.ts'
import { reloaderTarget } from '../plan/vaults.ts'
import { appLabels } from '../k8s/names.ts'
import { addOptionToPod, podAdditions } from './pod-additions.ts'
import { containerRuntime, containerSecurityContext, podSecurityContext } from './pod-security.ts'
import type { IDeployment, IPodSpec } from '../k8s/types.ts'

/** The app's Deployment: a plain workload, then what the option adds to its pod. */
export function deployment(plan: Plan): IDeployment & { metadata: { name: string } } {
  const { r } = plan
  const spec: IPodSpec = {
    securityContext: podSecurityContext(plan),
    containers: [
      {
        name: 'app',
        image: r.image,
        ports: r.port === undefined ? undefined : [{ containerPort: r.port }],
        ...containerRuntime(plan),
        securityContext: containerSecurityContext(plan),
      },
    ],
  }
  const pod = addOptionToPod({ labels: appLabels(r), spec }, podAdditions(plan))
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: r.app,
      namespace: r.ns,
      labels: appLabels(r),
      // Reloader reads its annotations on the workload itself, not on the pod template (stakater/Reloader
      // README: "secret.reloader.stakater.com/reload", "secretproviderclass.reloader.stakater.com/reload").
      // With several vaults the value lists each Secret or class: both take "Comma-separated ... names"
      // (stakater/Reloader docs, "Annotation Reference": "Accepted values: Comma-separated ... names").
      annotations: plan.reloader ? { [plan.reloader.annotation]: reloaderTarget(plan) } : undefined,
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: appLabels(r) },
      template: { metadata: { labels: pod.labels }, spec: pod.spec },
    },
  }
}
