import { TEXT_KEYS, type Answers, type OptionId } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { TEXT_VALIDATORS } from './fields.ts'
import { missingObjectsMessage, missingTextIssues } from './missing.ts'
import { mountPathMessage } from './mount-issues.ts'
import { objectIssues } from './object-issues.ts'
import type { FieldIssue } from './types.ts'

/**
 * Every problem with the answers for the given option, in permalink key order with the objects last.
 * Values are checked as the generators use them: resolve() trims the text answers.
 */
export function validateAnswers(answers: Answers, option: OptionId): FieldIssue[] {
  const r = resolve(answers)
  const missing = missingTextIssues(answers, r, option)
  const issues: FieldIssue[] = []
  for (const key of TEXT_KEYS) {
    const value = answers[key].trim()
    const missingMessage = missing[key]
    if (missingMessage !== undefined) {
      issues.push({ key, severity: 'missing', message: missingMessage })
    } else if (value !== '') {
      const message =
        TEXT_VALIDATORS[key](value) ?? (key === 'mount' ? mountPathMessage(r, option) : undefined)
      if (message !== undefined) issues.push({ key, severity: 'invalid', message })
    }
  }
  const objectsMessage = missingObjectsMessage(r, option)
  if (objectsMessage !== undefined) issues.push({ key: 'o', severity: 'missing', message: objectsMessage })
  return [...issues, ...objectIssues(answers.objects, option)]
}
