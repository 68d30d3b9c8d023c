/**
 * The one place the importer reaches into the rest of the domain, so the lead's refactoring of the answer
 * model, the generators and the checks touches one file here.
 */
export {
  emptyAnswers,
  emptyObject,
  isPlaceholder,
  TEXT_KEYS,
  type Answers,
  type KvObject,
  type ObjectType,
  type OptionId,
} from '../answers/model.ts'
export {
  resolve,
  resolveObject,
  syncedSecretName,
  type Resolved,
  type ResolvedObject,
} from '../answers/resolve.ts'
export { envObjects, usesCsiDriver, usesWorkloadIdentity, usesWrapper } from '../answers/option-needs.ts'
export { addOptionToPod, podAdditions, type PodAdditions } from '../generate/pod-additions.ts'
export { objectsParameter, secretProviderClass } from '../generate/secret-provider-class.ts'
export { serviceAccount } from '../generate/service-account.ts'
export { wrapperCommand, wrapperConfigMap } from '../generate/wrapper.ts'
export { CSI_DRIVER, SECRETS_VOLUME, SPC_API_VERSION, WRAPPER_VOLUME } from '../generate/names.ts'
export { toYaml, toYamlStream } from '../generate/yaml.ts'
export type { Manifest } from '../generate/types.ts'
export { fields, isFields, list, text, type Fields } from '../check/read.ts'
export { podTemplateOf, containersOf } from '../check/pods.ts'
export { podProblems } from '../check/pod-rules.ts'
export { checkProviderRules } from '../check/provider-rules.ts'
export { recommend } from '../recommend/recommend.ts'
export type { Recommendation } from '../recommend/types.ts'
