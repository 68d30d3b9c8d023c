import type { ChoiceKey, OptionId } from '../answers/model.ts'

export type Verdict = 'fits' | 'caveat' | 'no'

/** One option judged against one answer. */
export interface Cell {
  verdict: Verdict
  /** One sentence that names the answer behind it. */
  reason: string
}

/** A row of the verdict table: one answer, the three options judged against it. */
export interface VerdictRow {
  key: ChoiceKey
  /** The question in a few words, e.g. "Code can change". */
  question: string
  /** The answer as the user would say it, e.g. "No, not now". `assumed` when not answered yet. */
  answer: string
  assumed: boolean
  cells: Record<OptionId, Cell>
}

export interface Warning {
  id: string
  /** What is wrong, in plain words. */
  text: string
  /** What to do about it. */
  remedy: string
}

export interface Recommendation {
  /** The option the answers point to. */
  recommended: OptionId
  /** The option whose files are generated: `opt` when the user chose one, else the recommendation. */
  generated: OptionId
  title: string
  /** The recommended option as the panel's heading: `Option 2: ... with an env-from-files wrapper`. */
  heading: string
  /** One sentence why. */
  summary: string
  /** The reasons, point by point. */
  reasons: string[]
  /** Option 2 with a start-up wrapper that turns mounted files into env vars. */
  wrapper: boolean
  table: VerdictRow[]
  warnings: Warning[]
  /** When the generated option goes against answers: one sentence per answer it violates. */
  violations: string[]
  /** Steps, in order, toward option 1. Empty when option 1 is generated. */
  roadmap: string[]
}

export const OPTION_TITLES: Record<OptionId, string> = {
  1: 'Workload Identity + Azure SDK',
  2: 'Secrets Store CSI driver, mounted files',
  3: 'CSI driver synced to a Kubernetes Secret, exposed as env vars',
}

/** The option in a few words, for a one-line summary on a phone: "Option 3 · synced Secret → env vars". */
export const OPTION_SHORT: Record<OptionId, string> = {
  1: 'SDK + Workload Identity',
  2: 'mounted files',
  3: 'synced Secret → env vars',
}
