import {
  OPTION_VALUES,
  choiceOptions,
  choiceQuestion,
  parseChoice,
  type Answers,
  type ChoiceKey as AnyChoiceKey,
  type OptionId,
} from '../answers/model.ts'
import { ASSUMED, resolve, type Resolved } from '../answers/resolve.ts'
import { answerLabel, VERDICT_KEYS, type VerdictKey } from './labels.ts'
import { pickOption } from './pick-option.ts'

type ChoiceKey = VerdictKey

/** One answer a lever changes, in the question's words. */
export interface LeverChange {
  /** A verdict question for the levers that change the option; `sync` for the one that keeps option 3. */
  key: AnyChoiceKey
  /** The value as a link writes it, for the store. */
  value: string
  question: string
  /** The new answer as its card says it. */
  answer: string
  /** The answer it replaces, as its card says it ("assumed" when unanswered). */
  was: string
}

/** The smallest change of answers that would make `option` the recommendation. */
export interface Lever {
  option: OptionId
  changes: LeverChange[]
  /** The change overturns an answer the team gave as a limit (code cannot change, no copy allowed). */
  overturns: ChoiceKey[]
}

/** What it would take for one other option to be recommended. */
export interface OptionLevers {
  option: OptionId
  /** The smallest changes that get there, those that overturn none of the team's limits first. */
  levers: Lever[]
  /**
   * When every such change overturns a limit the team set: that answer (the code cannot change, say).
   * `levers` then holds the changes that overturn it, for a team ready to reconsider.
   */
  blockedBy?: { key: ChoiceKey; question: string; answer: string }
}

// The questions a team can negotiate: those the engine assumes an answer for (code, reads, rotate, copy,
// identity). Cloud, language and the image's user describe the platform, not a choice to argue about.
const NEGOTIABLE: readonly ChoiceKey[] = VERDICT_KEYS

/**
 * Answers a team gives as a limit: "the code cannot change now", "no copy in the cluster". A lever that
 * overturns one is named only after the others, and never as the only way forward without saying so.
 */
const LIMITS: Partial<Record<ChoiceKey, string>> = { code: 'no', copy: 'no' }

const MAX_CHANGES = 3

/** An answer as its card says it; an unanswered question shows the answer the engine assumes. */
const labelOf = (key: ChoiceKey, value: string | undefined): string => {
  const parsed = value === undefined ? undefined : parseChoice(key, value)
  return parsed === undefined ? `${answerLabel(key, ASSUMED[key])} (assumed)` : answerLabel(key, parsed)
}

const written = (answers: Answers, key: ChoiceKey): string | undefined => answers[key]

/** Every set of `size` changes over the negotiable questions, each to a value other than the current one. */
function* changeSets(
  answers: Answers,
  keys: readonly ChoiceKey[],
  size: number,
): Generator<[ChoiceKey, string][]> {
  if (size === 0) {
    yield []
    return
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    if (key === undefined) continue
    const current = written(answers, key) ?? ASSUMED[key]
    for (const value of choiceQuestion(key).values) {
      if (value === current) continue
      for (const rest of changeSets(answers, keys.slice(i + 1), size - 1)) yield [[key, value], ...rest]
    }
  }
}

// The answers are resolved once; each candidate only replaces choices (the rules read nothing else).
const apply = (r: Resolved, changes: readonly [ChoiceKey, string][]): Resolved =>
  changes.reduce<Resolved>((x, [key, value]) => ({ ...x, [key]: parseChoice(key, value) }), r)

const limitsOf = (answers: Answers): ChoiceKey[] =>
  NEGOTIABLE.filter((key) => LIMITS[key] !== undefined && written(answers, key) === LIMITS[key])

function toLever(answers: Answers, option: OptionId, changes: [ChoiceKey, string][]): Lever {
  const limits = limitsOf(answers)
  return {
    option,
    changes: changes.map(([key, value]) => ({
      key,
      value,
      question: choiceQuestion(key).title,
      answer: labelOf(key, value),
      was: labelOf(key, written(answers, key)),
    })),
    overturns: changes.map(([key]) => key).filter((key) => limits.includes(key)),
  }
}

/**
 * The smallest sets of changes (breadth first: one answer, then two, then three) over the negotiable
 * questions that make `option` the recommendation, using `keys` only.
 */
function smallest(
  answers: Answers,
  base: Resolved,
  option: OptionId,
  keys: readonly ChoiceKey[],
  pick: (r: Resolved) => OptionId,
): Lever[] {
  for (let size = 1; size <= MAX_CHANGES; size++) {
    const found: Lever[] = []
    for (const changes of changeSets(answers, keys, size)) {
      if (pick(apply(base, changes)) === option) found.push(toLever(answers, option, changes))
    }
    if (found.length > 0) return found
  }
  return []
}

/**
 * For each option other than the recommended one, the smallest change of answers that would make it the
 * recommendation: first without overturning a limit the team set, and if none does, the limit that blocks
 * it and the change that overturns it. `pick` is the recommendation's rule (replaceable for tests).
 */
export function leversFor(answers: Answers, pick: (r: Resolved) => OptionId = pickOption): OptionLevers[] {
  const base = resolve(answers)
  const recommended = pick(base)
  const limits = limitsOf(answers)
  const free = NEGOTIABLE.filter((key) => !limits.includes(key))
  return OPTION_VALUES.filter((option) => option !== recommended).map((option): OptionLevers => {
    const levers = smallest(answers, base, option, free, pick)
    if (levers.length > 0) return { option, levers }
    const overturning = smallest(answers, base, option, NEGOTIABLE, pick)
    const blocking = overturning[0]?.overturns[0] ?? limits[0]
    return {
      option,
      levers: overturning,
      ...(blocking === undefined
        ? {}
        : {
            blockedBy: {
              key: blocking,
              question: choiceQuestion(blocking).title,
              answer: labelOf(blocking, written(answers, blocking)),
            },
          }),
    }
  })
}

/**
 * The lever to name first under "What would change it": one that overturns none of the team's limits when
 * there is one (a team that said its code cannot change is shown the copy or the file read, not the code).
 */
export function leadingLever(all: readonly OptionLevers[]): Lever | undefined {
  const levers = all.flatMap((o) => o.levers)
  return levers.find((l) => l.overturns.length === 0) ?? levers[0]
}

/** An answer of any choice as its card says it. */
const cardLabel = (key: AnyChoiceKey, value: string): string =>
  choiceOptions(key).find((c) => c.value === value)?.label ?? value

/**
 * Option 3 written by the driver's sync, which its maintainers plan to deprecate: the change to External
 * Secrets Operator, the supported path, offered like a lever (same option, other sync engine).
 */
export function syncLever(answers: Answers, generated: OptionId): Lever | undefined {
  const r = resolve(answers)
  if (generated !== 3 || r.sync !== 'csi') return undefined
  return {
    option: 3,
    changes: [
      {
        key: 'sync',
        value: 'eso',
        question: choiceQuestion('sync').title,
        answer: cardLabel('sync', 'eso'),
        was: cardLabel('sync', r.sync) + (answers.sync === undefined ? ' (default)' : ''),
      },
    ],
    overturns: [],
  }
}
