import { CHOICE_KEYS, choiceQuestion, type Answers, type ChoiceKey } from './model.ts'

export interface CombinationOptions {
  /** Questions for which "not answered yet" is one more value: all of them with `true`. */
  unanswered?: boolean | readonly ChoiceKey[]
}

const valuesOf = (key: ChoiceKey, unanswered: CombinationOptions['unanswered']) => {
  const values: readonly (string | number | undefined)[] = choiceQuestion(key).values
  const orNot = unanswered === true || (Array.isArray(unanswered) && unanswered.includes(key))
  return orNot ? [undefined, ...values] : values
}

// Questions with a default (cloud, code sample language) change one part of one file each: they take
// each of their values in turn across the combinations instead of multiplying them, so every value is
// still generated. Every other choice of the registry is multiplied.
const CYCLED = CHOICE_KEYS.filter((key) => 'default' in choiceQuestion(key))
const MULTIPLIED = CHOICE_KEYS.filter((key) => !CYCLED.includes(key))

function* product(
  base: Answers,
  keys: readonly ChoiceKey[],
  unanswered: CombinationOptions['unanswered'],
): Generator<Answers> {
  const [key, ...rest] = keys
  if (key === undefined) {
    yield base
    return
  }
  for (const value of valuesOf(key, unanswered)) yield* product({ ...base, [key]: value }, rest, unanswered)
}

/**
 * Every combination of the registry's choice questions over `base`, so the exhaustive tests cover a new
 * question without being touched.
 */
export function* everyCombination(
  base: Answers,
  { unanswered = false }: CombinationOptions = {},
): Generator<Answers> {
  let index = 0
  for (const answers of product(base, MULTIPLIED, unanswered)) {
    const cycled = Object.fromEntries(
      CYCLED.map((key) => {
        const values = valuesOf(key, unanswered)
        return [key, values[index % values.length]]
      }),
    )
    index++
    yield { ...answers, ...cycled }
  }
}

/** How many answers `everyCombination` yields with these options. */
export const combinationCount = ({ unanswered = false }: CombinationOptions = {}): number =>
  MULTIPLIED.reduce((n, key) => n * valuesOf(key, unanswered).length, 1)
