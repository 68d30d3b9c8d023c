import type { Plan } from '../../plan/plan.ts'
import { scriptContext } from './context.ts'

// Apart from the script's steps, so that the first screen's readiness can ask it without loading the script.

/** The script only checks and stops: AKS does not support a node's system-assigned identity (identity-steps.ts). */
export const scriptStopsAfterChecks = (plan: Plan): boolean => {
  const ctx = scriptContext(plan)
  // A pod that reads nothing from Key Vault (every object for an Ingress only) uses no identity at all.
  return ctx.auth === 'system' && ctx.podReads
}

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
