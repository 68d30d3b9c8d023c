import type { ObjectType, OptionId } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import type { Plan } from '../../plan/plan.ts'

/** What the script's steps depend on, worked out once. */
export interface ScriptContext {
  r: Resolved
  option: OptionId
  csi: boolean
  workloadIdentity: boolean
  /** The identity mode the CSI driver uses; option 1 always uses workload identity in the app. */
  auth: Resolved['auth']
  sync: boolean
  types: Set<ObjectType>
}

export function scriptContext(plan: Plan): ScriptContext {
  const { r, option, csi, workloadIdentity, sync } = plan
  return {
    r,
    option,
    csi,
    workloadIdentity,
    auth: workloadIdentity ? 'workload' : r.auth,
    sync,
    types: new Set(plan.objects.map((o) => o.type)),
  }
}
