import { caseMatches, type Fields, text } from '../k8s/read.ts'
import { AZURE_PARAMETERS, type AzureParameter } from '../k8s/types.ts'

/** Every key the Azure provider reads from `spec.parameters`: the one list the generator's type is made of. */
export const KNOWN_PARAMETERS = AZURE_PARAMETERS

export const IDENTITY_FLAGS = [
  'usePodIdentity',
  'useVMManagedIdentity',
  'useAzureTokenProxy',
] as const satisfies readonly AzureParameter[]

const CLOUD_NAMES = [
  'AzurePublicCloud',
  'AzureUSGovernmentCloud',
  'AzureChinaCloud',
  'AzureGermanCloud',
  'AzureStackCloud',
]

/** Per-object fields, which people sometimes put at the SecretProviderClass level by mistake. */
const OBJECT_LEVEL = ['objectName', 'objectType', 'objectAlias', 'objectVersion', 'filePermission']

const isTrue = (params: Fields, key: string): boolean => params[key] === 'true'
const filled = (params: Fields, key: string): boolean => (text(params[key]) ?? '').trim() !== ''

function keyProblems(key: string, value: unknown): string[] {
  const problems: string[] = []
  if (typeof value !== 'string') {
    // The CRD types parameters as a map of string: the API server rejects an unquoted true or 42.
    problems.push(
      `parameters.${key} must be a quoted string, e.g. "true"; the API server rejects other types: write ${key}: "${value === null ? '' : String(value)}"`,
    )
  }
  if ((KNOWN_PARAMETERS as readonly string[]).includes(key)) return problems
  const near = caseMatches(key, KNOWN_PARAMETERS)
  if (near.length > 0) {
    problems.push(`parameters.${key} is not read: parameter names are case-sensitive, write ${near[0]}`)
  } else if (OBJECT_LEVEL.some((k) => k.toLowerCase() === key.toLowerCase())) {
    problems.push(`parameters.${key} is a per-object field: put it in an item of objects`)
  } else {
    problems.push(`parameters.${key} is not a parameter the Azure provider reads; it is ignored`)
  }
  return problems
}

/** The rules on `spec.parameters` other than `objects`, which has its own file. */
export function parameterProblems(params: Fields): string[] {
  const problems = Object.entries(params).flatMap(([key, value]) => keyProblems(key, value))
  if (!filled(params, 'keyvaultName')) problems.push('parameters.keyvaultName is required')
  if (!filled(params, 'tenantID') && !filled(params, 'tenantId'))
    problems.push('parameters.tenantID is required')
  for (const flag of IDENTITY_FLAGS) {
    const value = params[flag]
    if (typeof value === 'string' && value !== 'true' && value !== 'false') {
      problems.push(`parameters.${flag} must be "true" or "false", not "${value}"`)
    }
  }
  const modes = IDENTITY_FLAGS.filter((flag) => isTrue(params, flag))
  if (modes.length > 1) problems.push(`only one identity mode can be on at a time: ${modes.join(', ')}`)
  if (filled(params, 'userAssignedIdentityID') && !isTrue(params, 'useVMManagedIdentity')) {
    problems.push('parameters.userAssignedIdentityID is only used with useVMManagedIdentity: "true"')
  }
  if (
    filled(params, 'clientID') &&
    (isTrue(params, 'usePodIdentity') || isTrue(params, 'useVMManagedIdentity'))
  ) {
    problems.push('parameters.clientID (workload identity) is set together with another identity mode')
  }
  if (isTrue(params, 'useAzureTokenProxy') && !filled(params, 'clientID')) {
    problems.push('parameters.useAzureTokenProxy needs clientID')
  }
  const cloud = (text(params['cloudName']) ?? '').trim()
  if (cloud !== '' && !CLOUD_NAMES.some((name) => name.toLowerCase() === cloud.toLowerCase())) {
    problems.push(`parameters.cloudName "${cloud}" is not one of ${CLOUD_NAMES.join(', ')}`)
  }
  return problems
}

/** How the provider will authenticate, from the parameters. */
export type IdentityMode = 'workload' | 'vm' | 'podidentity' | 'tokenproxy' | 'serviceprincipal'

export function identityMode(params: Fields): IdentityMode {
  if (isTrue(params, 'usePodIdentity')) return 'podidentity'
  if (isTrue(params, 'useVMManagedIdentity')) return 'vm'
  if (isTrue(params, 'useAzureTokenProxy')) return 'tokenproxy'
  return filled(params, 'clientID') ? 'workload' : 'serviceprincipal'
}
