import type { ObjectType, OptionId } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { objectsOf, usesCsiDriver, usesSync, usesWorkloadIdentity } from '../../answers/option-needs.ts'

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

export function scriptContext(r: Resolved, option: OptionId): ScriptContext {
  const workloadIdentity = usesWorkloadIdentity(option, r)
  return {
    r,
    option,
    csi: usesCsiDriver(option),
    workloadIdentity,
    auth: workloadIdentity ? 'workload' : r.auth,
    sync: usesSync(option, r),
    types: new Set(objectsOf(r).map((o) => o.type)),
  }
}
