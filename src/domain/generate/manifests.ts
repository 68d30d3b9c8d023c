import type { OptionId } from '../answers/model.ts'
import type { Resolved } from '../answers/resolve.ts'
import { deployment } from './deployment.ts'
import { usesCsiDriver, usesWorkloadIdentity, usesWrapper } from '../answers/option-needs.ts'
import { secretProviderClass } from './secret-provider-class.ts'
import { serviceAccount } from './service-account.ts'
import type { Manifest } from './types.ts'
import { wrapperConfigMap } from './wrapper.ts'

/** The option's Kubernetes objects in apply order: what a pod needs exists before the pod. */
export function manifestsFor(r: Resolved, option: OptionId): Manifest[] {
  return [
    ...(usesWorkloadIdentity(option, r) ? [serviceAccount(r)] : []),
    ...(usesWrapper(option, r) ? [wrapperConfigMap(r)] : []),
    ...(usesCsiDriver(option) ? [secretProviderClass(r, option)] : []),
    deployment(r, option),
  ]
}
