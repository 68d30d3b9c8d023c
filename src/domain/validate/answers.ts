import { TEXT_KEYS, textQuestion, type Answers, type OptionId, type TextKey } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { planFor, type Plan } from '../plan/plan.ts'
import type { FieldValidator } from '../answers/field-rules/rule.ts'
import { missingObjectsMessage, missingTextIssues } from './missing.ts'
import { mountPathMessage } from './mount-issues.ts'
import { objectIssues } from './object-issues.ts'
import type { FieldIssue } from './types.ts'

/** The validator of every free-text answer, by permalink key (from the question registry). */
export const TEXT_VALIDATORS: Readonly<Record<TextKey, FieldValidator>> = Object.fromEntries(
  TEXT_KEYS.map((key) => [key, textQuestion(key).validate]),
) as Record<TextKey, FieldValidator>

/**
 * Every problem with the answers for a plan, in permalink key order with the objects last. Values are
 * checked as the generators use them: resolve() trims the text answers.
 */
export function validatePlan(answers: Answers, plan: Plan): FieldIssue[] {
  const missing = missingTextIssues(answers, plan)
  const issues: FieldIssue[] = []
  for (const key of TEXT_KEYS) {
    const value = answers[key].trim()
    const missingMessage = missing[key]
    if (missingMessage !== undefined) {
      issues.push({ key, severity: 'missing', message: missingMessage })
    } else if (value !== '') {
      const message =
        TEXT_VALIDATORS[key](value, answers) ?? (key === 'mount' ? mountPathMessage(plan) : undefined)
      if (message !== undefined) issues.push({ key, severity: 'invalid', message })
    }
  }
  // External Secrets Operator signs in from its own controller pod, which carries no aadpodidbinding label:
  // aad-pod-identity (deprecated, archived) hands it no identity.
  if (plan.eso && plan.r.auth === 'podidentity') {
    issues.push({
      key: 'sync',
      severity: 'invalid',
      message:
        'Kubernetes Secret written by: External Secrets Operator cannot sign in with aad-pod-identity (its controller pod carries no aadpodidbinding label): choose Workload Identity, or keep the CSI driver’s sync.',
    })
  }
  const objectsMessage = missingObjectsMessage(plan)
  if (objectsMessage !== undefined) issues.push({ key: 'o', severity: 'missing', message: objectsMessage })
  return [...issues, ...objectIssues(answers.objects, plan.option, answers.kv)]
}

/** Every problem with the answers for the given option. */
export const validateAnswers = (answers: Answers, option: OptionId): FieldIssue[] =>
  validatePlan(answers, planFor(resolve(answers), option))
