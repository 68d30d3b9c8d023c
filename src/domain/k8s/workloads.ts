/**
 * Every Kubernetes kind that runs pods, in one table: where its pod template lives and whether it is a
 * long-running app. The checker's pod rules (`podTemplateOf`), the importer's workload kinds, where it patches
 * a pod (`withPod`) and which workload it takes for the app all derive from it.
 */
interface Workload {
  /** The path to the pod template (metadata and spec); empty for a Pod, which is its own pod. */
  pod: readonly string[]
  /**
   * Runs until replaced and is rolled out with `kubectl rollout` (deployment, daemonset, statefulset): the
   * app, rather than a chart's hook Job or a bare Pod. A ReplicaSet runs on too, but it is most often a
   * Deployment's own (as `kubectl get all` lists it) and `kubectl rollout` does not take one.
   */
  longRunning: boolean
}

const TEMPLATE = ['spec', 'template'] as const

export const WORKLOADS = {
  Deployment: { pod: TEMPLATE, longRunning: true },
  StatefulSet: { pod: TEMPLATE, longRunning: true },
  DaemonSet: { pod: TEMPLATE, longRunning: true },
  ReplicaSet: { pod: TEMPLATE, longRunning: false },
  Job: { pod: TEMPLATE, longRunning: false },
  CronJob: { pod: ['spec', 'jobTemplate', 'spec', 'template'], longRunning: false },
  Pod: { pod: [], longRunning: false },
} as const satisfies Record<string, Workload>

export type WorkloadKind = keyof typeof WORKLOADS

export const WORKLOAD_KINDS = Object.keys(WORKLOADS) as WorkloadKind[]

export const isWorkloadKind = (kind: unknown): kind is WorkloadKind =>
  typeof kind === 'string' && Object.hasOwn(WORKLOADS, kind)

/** Where a kind keeps its pod template; undefined for a kind that runs no pods. */
export const podPathOf = (kind: unknown): readonly string[] | undefined =>
  isWorkloadKind(kind) ? WORKLOADS[kind].pod : undefined

export const isLongRunning = (kind: unknown): boolean => isWorkloadKind(kind) && WORKLOADS[kind].longRunning
