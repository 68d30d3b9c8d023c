import type { OptionId } from '../answers/model.ts'
import type { Resolved } from '../answers/resolve.ts'
import { wrapperApproach } from '../plan/plan.ts'
import { decidingRule } from './pick-option.ts'
import { DECISIVE_CLAUSES, isAssumed } from './labels.ts'
import type { JudgedRow } from './verdict-table.ts'

const MAX_REASONS = 5

const decisiveKeys = (r: Resolved) => Object.keys(decidingRule(r).when) as (keyof typeof DECISIVE_CLAUSES)[]

const MIN_REASONS = 3

/**
 * The recommended option's own cells, point by point: first the answers that decided it, then the other
 * answers it fits, then, while there are fewer than three, those it fits with a caveat (every answer has a
 * cell, so there are always three; tested for all answers).
 */
export function reasonsFor(rows: JudgedRow[], r: Resolved, recommended: OptionId): string[] {
  const deciding = new Set<string>(decisiveKeys(r))
  const verdict = (row: JudgedRow) => row.judgements[recommended].verdict
  const first = rows.filter((row) => deciding.has(row.key))
  const rest = rows.filter((row) => !deciding.has(row.key) && verdict(row) === 'fits')
  const caveats = rows.filter((row) => !deciding.has(row.key) && verdict(row) === 'caveat')
  const picked = [...first, ...rest]
  picked.push(...caveats.slice(0, Math.max(0, MIN_REASONS - picked.length)))
  return picked.slice(0, MAX_REASONS).map((row) => row.judgements[recommended].reason)
}

const joinClauses = (clauses: string[]): string =>
  clauses.length <= 1 ? (clauses[0] ?? '') : `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)}`

export const optionName = (option: OptionId, wrapper: boolean): string =>
  wrapper ? `option ${option} with a start-up wrapper` : `option ${option}`

/** The answers that decided the recommendation, as the end of a sentence ("the code cannot change now and ..."). */
export const becauseOf = (r: Resolved): string =>
  joinClauses(
    decisiveKeys(r).map((key) => {
      const clauses: Record<string, string> = DECISIVE_CLAUSES[key]
      return `${clauses[r[key]]}${isAssumed(r, key) ? ' (assumed)' : ''}`
    }),
  )

/** One sentence: the option and the answers that decided it. */
export function summarize(r: Resolved, recommended: OptionId, generated: OptionId): string {
  const because = becauseOf(r)
  const name = optionName(recommended, wrapperApproach(recommended, r.reads))
  if (generated === recommended) return `${capitalize(name)} fits best because ${because}.`
  // Lower-case "option" for the generated one: the panel names only the recommended option as "Option N".
  return `You chose to generate option ${generated}, although ${name} fits your answers best because ${because}.`
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
