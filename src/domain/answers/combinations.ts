import { coveringArray, uncoveredPairs } from './covering-array.ts'
import { CHOICE_KEYS, choiceQuestion, type Answers, type ChoiceKey, type KvObject } from './model.ts'

/**
 * The answers that decide which option is recommended and generated. The enumerator multiplies these
 * (every combination, each also unanswered when asked); every other choice of the registry is covered
 * pairwise, so a new question adds a few rows, not a factor.
 */
export const DECIDING = ['code', 'reads', 'copy', 'opt'] as const satisfies readonly ChoiceKey[]

/** Every other choice of the registry, found there: a new question is covered without being listed. */
export const PAIRWISE: readonly ChoiceKey[] = CHOICE_KEYS.filter(
  (key) => !(DECIDING as readonly ChoiceKey[]).includes(key),
)

/**
 * The most answers the enumerator may yield. The exhaustive tests run each through the engine; past this,
 * the suite slows towards its timeouts. The budget test (combinations.test.ts) says what to do instead.
 */
export const COMBINATION_BUDGET = 1000

export interface CombinationOptions {
  /** Questions for which "not answered yet" is one more value: all of them with `true`. */
  unanswered?: boolean | readonly ChoiceKey[]
  /** Object lists to cover too, pairwise with the choices (the base's objects when absent). */
  objects?: readonly (readonly KvObject[])[]
}

type Value = string | number | undefined

const valuesOf = (key: ChoiceKey, unanswered: CombinationOptions['unanswered']): readonly Value[] => {
  const values: readonly Value[] = choiceQuestion(key).values
  const orNot = unanswered === true || (Array.isArray(unanswered) && unanswered.includes(key))
  return orNot ? [undefined, ...values] : values
}

/** Every combination of the deciding answers: the first factor of the covering array. */
function decidingProduct(unanswered: CombinationOptions['unanswered']): Partial<Answers>[] {
  return DECIDING.reduce<Partial<Answers>[]>(
    (partials, key) => partials.flatMap((p) => valuesOf(key, unanswered).map((v) => ({ ...p, [key]: v }))),
    [{}],
  )
}

interface Factor {
  /** What each level sets in the answers. */
  levels: Partial<Answers>[]
}

function factorsOf({ unanswered = false, objects }: CombinationOptions): Factor[] {
  const pairwise: Factor[] = PAIRWISE.map((key) => ({
    levels: valuesOf(key, unanswered).map((v) => ({ [key]: v })),
  }))
  if (objects) pairwise.push({ levels: objects.map((list) => ({ objects: [...list] })) })
  // The covering array is smallest with the factors by number of levels, most first.
  pairwise.sort((a, b) => b.levels.length - a.levels.length)
  return [{ levels: decidingProduct(unanswered) }, ...pairwise]
}

const cache = new Map<string, { factors: Factor[]; rows: number[][] }>()

function arrayFor(options: CombinationOptions): { factors: Factor[]; rows: number[][] } {
  const id = JSON.stringify(options)
  let found = cache.get(id)
  if (!found) {
    const factors = factorsOf(options)
    found = { factors, rows: coveringArray(factors.map((f) => f.levels.length)) }
    cache.set(id, found)
  }
  return found
}

/**
 * The answers the exhaustive tests walk, over `base`: every combination of the deciding answers, and every
 * pair of values of any two other choices (and object lists) in at least one of them. Each deciding
 * combination also meets every value of every other choice. A new choice question is covered without
 * touching this or any test.
 */
export function answerCombinations(base: Answers, options: CombinationOptions = {}): Answers[] {
  const { factors, rows } = arrayFor(options)
  return rows.map((row) =>
    Object.assign({ ...base }, ...row.map((level, f) => factors[f]!.levels[level])),
  ) as Answers[]
}

/** How many answers `answerCombinations` yields with these options. */
export const combinationCount = (options: CombinationOptions = {}): number => arrayFor(options).rows.length

/**
 * What a walk over these answers missed: each deciding combination not met, each pair of values of two
 * other choices (or of one choice and a deciding combination) never seen together. Empty when the walk
 * covered what the enumerator promises.
 */
export function coverageGaps(walked: readonly Answers[], options: CombinationOptions = {}): string[] {
  const { factors } = arrayFor(options)
  const levelOf = (a: Answers, f: Factor): number =>
    f.levels.findIndex((level) =>
      Object.entries(level).every(([k, v]) => JSON.stringify(a[k as keyof Answers]) === JSON.stringify(v)),
    )
  const rows = walked.map((a) => factors.map((f) => levelOf(a, f)))
  return uncoveredPairs(
    rows,
    factors.map((f) => f.levels.length),
  ).map((gap) =>
    gap.replace(/(\d+)=(\d+)/g, (_, f: string, l: string) =>
      levelLabel(factors[Number(f)]!.levels[Number(l)]!),
    ),
  )
}

const levelLabel = (level: Partial<Answers>): string =>
  Object.entries(level)
    .map(([k, v]) =>
      k === 'objects'
        ? `objects=[${(v as KvObject[]).map((o) => o.name).join(',')}]`
        : `${k}=${v ?? 'unanswered'}`,
    )
    .join(' ')
