import type { Plan } from '../../plan/plan.ts'

// Apart from the script's steps, so that the first screen's readiness can ask it without loading the script
// (nor its context: the identity the CSI driver uses is the answer's unless the plan is workload identity).

/** The script only checks and stops: AKS does not support a node's system-assigned identity (identity-steps.ts). */
export const scriptStopsAfterChecks = (plan: Plan): boolean =>
  !plan.workloadIdentity && plan.r.auth === 'system'

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
