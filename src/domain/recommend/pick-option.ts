import type { OptionId } from '../answers/model.ts'
import type { Resolved } from '../answers/resolve.ts'

/** The answers that decide the option; rotation and identity only add caveats. */
export type DecidingAnswers = Pick<Resolved, 'code' | 'reads' | 'copy'>

export interface DecisionRule {
  /** Every answer listed must match. */
  when: Partial<DecidingAnswers>
  option: OptionId
}

/**
 * First match wins. A team that can change its code should (option 1); otherwise deliver the secrets the
 * way the app reads them, and never put a copy in the cluster unless that is allowed.
 */
export const DECISION_RULES: readonly DecisionRule[] = [
  { when: { code: 'yes' }, option: 1 },
  { when: { code: 'no', reads: 'file' }, option: 2 },
  { when: { code: 'no', reads: 'env', copy: 'ok' }, option: 3 },
  // No copy allowed: mounted files, turned into env vars by a start-up wrapper.
  { when: { code: 'no', reads: 'env', copy: 'no' }, option: 2 },
]

const matches = (rule: DecisionRule, a: DecidingAnswers): boolean =>
  Object.entries(rule.when).every(([key, value]) => a[key as keyof DecidingAnswers] === value)

export function decidingRule(a: DecidingAnswers): DecisionRule {
  const rule = DECISION_RULES.find((r) => matches(r, a))
  // The rules cover every combination; the test of all combinations keeps it so.
  if (!rule) throw new Error(`No decision rule for ${JSON.stringify(a)}`)
  return rule
}

/** The option the answers point to. */
export const pickOption = (a: DecidingAnswers): OptionId => decidingRule(a).option

/** The recommendation's name for the wrapper rule (defined with the files' rule in plan/plan.ts). */
export { wrapperApproach as needsEnvWrapper } from '../plan/plan.ts'
