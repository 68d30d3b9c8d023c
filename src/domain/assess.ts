import type { Answers, OptionId } from './answers/model.ts'
import { resolve, type Resolved } from './answers/resolve.ts'
import { planFor, type Plan } from './plan/plan.ts'
import { recommendResolved } from './recommend/recommend.ts'
import type { Recommendation } from './recommend/types.ts'
import type { FieldIssue } from './validate/types.ts'
import { validatePlan } from './validate/answers.ts'

/** What the answers mean: the recommendation, what the option needs, and what is wrong or missing. Needs no YAML. */
export interface Assessment {
  /** The answers as assessed: with `opt` replaced when an option was forced. */
  answers: Answers
  resolved: Resolved
  recommendation: Recommendation
  /** What the generated option's files need: the generators, the form and the command line read it. */
  plan: Plan
  issues: FieldIssue[]
  /** Values that break a rule: the files would be wrong, so they are not offered. */
  invalid: FieldIssue[]
  /** Values the option needs but nobody gave yet: the files hold placeholders. */
  missing: FieldIssue[]
}

/** Resolves the answers once, and derives everything else from them. */
export function assess(answers: Answers, forceOption?: OptionId): Assessment {
  const effective = forceOption === undefined ? answers : { ...answers, opt: forceOption }
  const resolved = resolve(effective)
  const recommendation = recommendResolved(resolved)
  const plan = planFor(resolved, recommendation.generated)
  const issues = validatePlan(effective, plan)
  return {
    answers: effective,
    resolved,
    recommendation,
    plan,
    issues,
    invalid: issues.filter((i) => i.severity === 'invalid'),
    missing: issues.filter((i) => i.severity === 'missing'),
  }
}
