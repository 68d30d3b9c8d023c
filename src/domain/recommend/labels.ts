import { QUESTIONS } from '../answers/registry.ts'
import { ASSUMED, type Resolved } from '../answers/resolve.ts'

/** The questions the verdict table judges: those the engine assumes an answer for, in the order asked. */
export const VERDICT_KEYS = Object.keys(ASSUMED) as (keyof typeof ASSUMED)[]
export type VerdictKey = keyof typeof ASSUMED

/** An answer as the user would say it: the registry's wording, as on the choice cards. */
export const answerLabel = <K extends VerdictKey>(key: K, value: Resolved[K]): string => {
  const labels: Record<string, string> = QUESTIONS[key].labels
  return labels[value] ?? value
}

/** The answers that decide the option, as a clause of a sentence ("because the app reads env vars"). */
export const DECISIVE_CLAUSES: { [K in 'code' | 'reads' | 'copy']: Record<Resolved[K], string> } = {
  code: { yes: 'the code can change to call Key Vault', no: 'the code cannot change now' },
  reads: { env: 'the app reads env vars', file: 'the app reads files' },
  copy: {
    ok: 'a copy in a Kubernetes Secret is acceptable',
    no: 'no copy in a Kubernetes Secret is allowed',
  },
}

export const isAssumed = (r: Resolved, key: VerdictKey): boolean => r.unanswered.includes(key)

/** The answer as shown in the table: an assumed one says so. */
export function answerText<K extends VerdictKey>(r: Resolved, key: K): string {
  const label = answerLabel(key, r[key])
  return isAssumed(r, key) ? `${label} (assumed)` : label
}
