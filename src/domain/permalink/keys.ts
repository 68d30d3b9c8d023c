import { ANSWER_KEYS, CHOICE_KEYS, choiceQuestion, type ChoiceKey } from '../answers/model.ts'

export { isChoiceKey, isTextKey } from '../answers/model.ts'

/** The values each enumerated key accepts, as written in a link. */
export const CHOICE_VALUES = Object.fromEntries(
  CHOICE_KEYS.map((key) => [key, choiceQuestion(key).values.map(String)]),
) as Record<ChoiceKey, string[]>

/** The order keys are written in: the registry's order, the objects (`o`) last. */
export const WRITE_ORDER = ANSWER_KEYS.filter((key) => key !== 'o')

const KNOWN_KEYS: readonly string[] = ['v', ...ANSWER_KEYS]

/** Whether this release reads the key; a link from a newer release may carry others. */
export const isKnownKey = (key: string): boolean => KNOWN_KEYS.includes(key)

export const knownKeysList = (): string => KNOWN_KEYS.join(', ')
