import { quote } from './quote.ts'

/** The other answers a validator may read: `ing` names objects of `o` (field-rules/ingress.ts). */
export interface AnswerContext {
  objects: readonly { name: string; type: string; vault?: string }[]
  /** The app's vault (`kv`): an object with no vault of its own is in it. */
  kv?: string
}

/**
 * Checks one answer: a message naming the field and what is allowed, or undefined when valid. Never throws.
 * Without a context a validator checks the value alone.
 */
export type FieldValidator = (value: string, context?: AnswerContext) => string | undefined

const lengthNote = (value: string, max: number): string =>
  value.length > max ? ` (it has ${value.length} characters)` : ''

/** A validator from a predicate and a plain description of what is allowed. */
/**
 * No answer is longer than this: a start command is the longest real one. A longer value (a pasted file, a
 * 2.5 million character command) is refused at its field before any generator or YAML writer sees it.
 */
export const MAX_ANSWER_CHARS = 4096

export function rule(
  label: string,
  allowed: string,
  isValid: (value: string) => boolean,
  max?: number,
): FieldValidator {
  return (value) => {
    if (value.length > MAX_ANSWER_CHARS) {
      return `${label} must be at most ${max ?? MAX_ANSWER_CHARS} characters long (it has ${value.length})`
    }
    if (isValid(value)) return undefined
    return `${label} ${quote(value)} must ${allowed}${max === undefined ? '' : lengthNote(value, max)}`
  }
}
