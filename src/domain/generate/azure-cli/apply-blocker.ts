import type { Plan } from '../../plan/plan.ts'

// Apart from the script's steps, so that the first screen's readiness can ask it without loading the script
// (nor its context: the identity the CSI driver uses is the answer's unless the plan is workload identity).

/** The script only checks and stops: AKS does not support a node's system-assigned identity (identity-steps.ts). */
// The script's identity mode (context.ts `auth`) is the CSI one unless the pod is a workload identity; a pod
// that reads nothing from Key Vault (every object for an Ingress only) uses no identity at all. Read from the
// plan, not the script's context, which the first screen then need not load.
export const scriptStopsAfterChecks = (plan: Plan): boolean =>
  plan.r.auth === 'system' && !plan.workloadIdentity && plan.objects.length > 0

/**
 * Why the files cannot be applied even with every value given: the script stops by design, and the
 * manifests name an identity no node has (the readiness, the page and the command line say it).
 */
export const SYSTEM_IDENTITY_BLOCKER =
  'AKS node pools have no system-assigned identity: azure-setup.sh stops before changing anything and grants ' +
  'no read access, so the pods would not get the secrets. Choose User-assigned managed identity with the kubelet ' +
  "identity's client id (the script prints it) or Workload Identity, then download the files again."

export const applyBlocker = (plan: Plan): string | undefined =>
  scriptStopsAfterChecks(plan) ? SYSTEM_IDENTITY_BLOCKER : undefined
