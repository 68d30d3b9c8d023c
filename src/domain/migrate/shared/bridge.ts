/**
 * The one place the importer reaches into the rest of the domain: the generators take a plan, worked
 * out here from the resolved answers and the option, exactly as the wizard's files are.
 */
import type { OptionId } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { OUTPUTS, rowManifests } from '../../generate/outputs.ts'
import { podAdditions as additionsOf } from '../../generate/pod-additions.ts'
import { secretProviderClass as spcOf } from '../../generate/secret-provider-class.ts'
import { serviceAccount as serviceAccountOf } from '../../generate/service-account.ts'
import { wrapperConfigMap as wrapperConfigMapOf } from '../../generate/wrapper.ts'
import { planFor } from '../../plan/plan.ts'
import { planVaults } from '../../plan/vaults.ts'

export {
  CHOICE_KEYS,
  emptyAnswers,
  emptyObject,
  isPlaceholder,
  TEXT_KEYS,
  type Answers,
  type KvObject,
  type ObjectType,
  type OptionId,
} from '../../answers/model.ts'
export {
  resolve,
  resolveObject,
  secretKeyFor,
  syncedSecretName,
  type Resolved,
  type ResolvedObject,
} from '../../answers/resolve.ts'
export {
  envObjectsOf as envObjects,
  usesCsiDriver,
  usesWorkloadIdentity,
  usesWrapper,
} from '../../plan/plan.ts'
export {
  addOptionToPod,
  secretsVolume,
  wrapperVolume,
  type PodAdditions,
} from '../../generate/pod-additions.ts'
export { objectsParameter } from '../../generate/secret-provider-class.ts'
export { wrapperCommand } from '../../generate/wrapper.ts'
export { CSI_DRIVER, SECRETS_VOLUME, SPC_API_VERSION, WRAPPER_VOLUME } from '../../k8s/names.ts'
export { toYaml, toYamlStream } from '../../generate/yaml.ts'
export { esoDataItem, externalSecretManifest, pkcs12TlsData } from '../../k8s/external-secrets.ts'
export {
  fields,
  isFields,
  list,
  nsLabel,
  objectLabel,
  scalarText,
  text,
  type Fields,
} from '../../k8s/read.ts'
export { readableObjects, readObjectsParameter } from '../../k8s/objects-parameter.ts'
export { podTemplateOf, containersOf } from '../../k8s/pods.ts'
export { isLongRunning, isWorkloadKind, podPathOf } from '../../k8s/workloads.ts'
export { podRules } from '../../check/pod-rules.ts'
export { checkProviderRules } from '../../check/provider-rules.ts'
export type { CheckResult } from '../../check/result.ts'
export { recommend } from '../../recommend/recommend.ts'
export type { Recommendation } from '../../recommend/types.ts'
export { COLLECTION, ROLE } from '../../azure/roles.ts'
export { WORKLOAD_IDENTITY_AUDIENCE } from '../../k8s/names.ts'
export { shQuote } from '../../generate/shell.ts'
export { vaultUrl } from '../../generate/cloud.ts'

/** What an option adds to a pod, for these answers. */
export const podAdditions = (r: Resolved, option: OptionId) => additionsOf(planFor(r, option))

// The generators' typed objects as the importer's plain data.

/** The SecretProviderClass of these answers' first vault for a CSI option (the importer's are one per vault). */
export function secretProviderClass(r: Resolved, option: OptionId): Manifest {
  const plan = planFor(r, option)
  const [vault] = planVaults(plan)
  return { ...spcOf(plan, vault!) }
}
export const serviceAccount = (r: Resolved): Manifest => ({ ...serviceAccountOf(r) })

/**
 * The objects an option adds beside the app's workload (service account, wrapper ConfigMap,
 * SecretProviderClass): the manifest rows of the generator's outputs table this plan needs, but the
 * workload, which the importer patches in the input instead.
 */
export function addedObjects(r: Resolved, option: OptionId): Manifest[] {
  const plan = planFor(r, option)
  return OUTPUTS.flatMap((row) =>
    row.stage === 'manifest' && !row.workload && row.when(plan)
      ? rowManifests(row, plan).map(({ manifest }) => ({ ...manifest }))
      : [],
  )
}
export const wrapperConfigMap = (r: Resolved): Manifest => ({ ...wrapperConfigMapOf(r) })

/**
 * Any object the importer writes: the generated kinds, and others the generators do not make (an External
 * Secrets Operator ExternalSecret). Read and written as plain data.
 */
export interface Manifest {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
  }
  [field: string]: unknown
}
