import { podProblems } from './pod-rules.ts'
import type { CheckResult } from './result.ts'
import { describe, fields, text, type Fields } from '../k8s/read.ts'
import { secretObjectProblems } from './secret-objects.ts'
import { objectsReport } from './spc-objects.ts'
import { parameterProblems } from './spc-parameters.ts'

/** Rules on one SecretProviderClass: what the CRD lets through but the Azure provider or the driver refuse. */
function spcProblems(spc: Fields): string[] {
  const spec = fields(spc['spec'])
  const provider = text(spec['provider'])
  if (provider === undefined || provider.trim() === '') return ['spec.provider is required: use azure']
  // Another provider reads other parameters: these rules would only mislead.
  if (provider !== 'azure') return [`spec.provider is "${provider}": only the azure provider is checked`]
  const params = fields(spec['parameters'])
  const objects = objectsReport(text(params['objects']))
  return [
    ...parameterProblems(params),
    ...objects.problems,
    ...secretObjectProblems(spec['secretObjects'], objects.files),
  ]
}

/**
 * The rules the SecretProviderClass CRD does not check (it accepts any keys and values), found by reading
 * the provider's and the driver's code: a violation shows up only as a pod stuck in FailedMount, a missing
 * synced Secret, or a mount with no files. Pure, and safe on any pasted manifests: one result per problem,
 * each naming its manifest. Empty when all is well.
 */
export function checkProviderRules(manifests: readonly unknown[]): CheckResult[] {
  const all = manifests.map((m) => fields(m))
  return [
    ...all
      .filter((m) => m['kind'] === 'SecretProviderClass')
      .flatMap((spc) => spcProblems(spc).map((message) => ({ subject: describe(spc), message }))),
    ...podProblems(all),
  ]
}
