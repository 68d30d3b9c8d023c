import type { OptionId } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import type { Warning } from '../types.ts'

/**
 * One option judged against one answer, with what the verdict implies: a caveat always comes with the
 * warning (and remedy) shown when that option is generated, a "does not fit" with the violation.
 */
export type Judgement =
  | { verdict: 'fits'; reason: string }
  | { verdict: 'caveat'; reason: string; warnings: Warning[] }
  | { verdict: 'no'; reason: string; violation: string }

export type Judgements = Record<OptionId, Judgement>

/** Judges the three options against one answer. */
export type Judge = (r: Resolved) => Judgements

export const fits = (reason: string): Judgement => ({ verdict: 'fits', reason })

export const caveat = (reason: string, ...warnings: [Warning, ...Warning[]]): Judgement => ({
  verdict: 'caveat',
  reason,
  warnings,
})

/** `violation` is a clause; the answer it goes against is appended where it is shown. */
export const doesNotFit = (reason: string, violation: string): Judgement => ({
  verdict: 'no',
  reason,
  violation,
})
