import type { Plan } from '../plan/plan.ts'
import { deployment } from './deployment.ts'
import { externalSecret, secretStore } from './external-secrets.ts'
import { secretProviderClass } from './secret-provider-class.ts'
import { serviceAccount } from './service-account.ts'
import type { Manifest } from './types.ts'
import { wrapperConfigMap } from './wrapper.ts'

/** One Kubernetes object an option may need: when the plan needs it, and how it is built. */
interface ManifestOutput {
  when: (plan: Plan) => boolean
  build: (plan: Plan) => Manifest
}

/** In apply order: what a pod needs exists before the pod. */
const MANIFEST_OUTPUTS: readonly ManifestOutput[] = [
  { when: (p) => p.workloadIdentity, build: (p) => serviceAccount(p.r) },
  { when: (p) => p.wrapper, build: (p) => wrapperConfigMap(p.r) },
  { when: (p) => p.csi, build: secretProviderClass },
  // External Secrets Operator writes the Secret before the pod that reads it starts.
  { when: (p) => p.eso, build: secretStore },
  { when: (p) => p.eso, build: externalSecret },
  { when: () => true, build: deployment },
]

export const manifestsFor = (plan: Plan): Manifest[] =>
  MANIFEST_OUTPUTS.filter((o) => o.when(plan)).map((o) => o.build(plan))
