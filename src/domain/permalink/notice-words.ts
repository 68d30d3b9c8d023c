import { choiceOptions, isChoiceKey, isTextKey, textQuestion, choiceQuestion } from '../answers/model.ts'
import type { PermalinkNotice } from './codec.ts'
import { shown } from './percent.ts'

/** The question a link key stands for, in the form's words ("Key Vault name"), or undefined for an unknown key. */
export function questionOf(key: string): string | undefined {
  if (isChoiceKey(key)) return choiceQuestion(key).title
  if (isTextKey(key)) return textQuestion(key).label
  if (key === 'o') return 'Key Vault objects'
  if (key === 'v') return 'Link format version'
  return undefined
}

const quoted = (text: string): string => (text === '' ? 'an empty answer' : `“${shown(text)}”`)

/**
 * A notice as a person reads it: in the question's words and its answers' labels, never the raw key list
 * (“Code can change: “maybe” is not one of the answers (Yes, No, not now); it was ignored”).
 */
export function noticeInWords(notice: PermalinkNotice): string {
  const { key } = notice
  if (notice.unknownKey) {
    const name = key.trim() === '' ? 'An entry without a name' : `“${shown(key)}”`
    return `${name} is not a question this page asks (perhaps it comes from a newer version); it was ignored`
  }
  if (notice.ignoredValue !== undefined && isChoiceKey(key)) {
    const answers = choiceOptions(key)
      .map((c) => c.label)
      .join(', ')
    return `${choiceQuestion(key).title}: ${quoted(notice.ignoredValue)} is not one of the answers (${answers}); it was ignored`
  }
  const question = questionOf(key)
  return question === undefined ? notice.message : `${question}: ${notice.message}`
}
