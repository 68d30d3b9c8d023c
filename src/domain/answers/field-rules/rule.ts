import { quote } from './quote.ts'

/** Checks one answer: a message naming the field and what is allowed, or undefined when valid. Never throws. */
export type FieldValidator = (value: string) => string | undefined

const lengthNote = (value: string, max: number): string =>
  value.length > max ? ` (it has ${value.length} characters)` : ''

/** A validator from a predicate and a plain description of what is allowed. */
export function rule(
  label: string,
  allowed: string,
  isValid: (value: string) => boolean,
  max?: number,
): FieldValidator {
  return (value) => {
    if (isValid(value)) return undefined
    return `${label} ${quote(value)} must ${allowed}${max === undefined ? '' : lengthNote(value, max)}`
  }
}
