import type { Answers, OptionId } from './answers/model.ts'
import { resolve, type Resolved } from './answers/resolve.ts'
import { recommend } from './recommend/recommend.ts'
import type { Recommendation } from './recommend/types.ts'
import type { FieldIssue } from './validate/types.ts'
import { validateAnswers } from './validate/answers.ts'

/** What the answers mean: the recommendation and what is wrong or missing. Cheap, and needs no YAML. */
export interface Assessment {
  /** The answers as assessed: with `opt` replaced when an option was forced. */
  answers: Answers
  resolved: Resolved
  recommendation: Recommendation
  issues: FieldIssue[]
  /** Values that break a rule: the files would be wrong, so they are not offered. */
  invalid: FieldIssue[]
  /** Values the option needs but nobody gave yet: the files hold placeholders. */
  missing: FieldIssue[]
}

export function assess(answers: Answers, forceOption?: OptionId): Assessment {
  const effective = forceOption === undefined ? answers : { ...answers, opt: forceOption }
  const recommendation = recommend(effective)
  const issues = validateAnswers(effective, recommendation.generated)
  return {
    answers: effective,
    resolved: resolve(effective),
    recommendation,
    issues,
    invalid: issues.filter((i) => i.severity === 'invalid'),
    missing: issues.filter((i) => i.severity === 'missing'),
  }
}
