import { CODE_VALUES, COPY_VALUES, READS_VALUES, type ChoiceKey } from '../answers/model.ts'
import type { Resolved } from '../answers/resolve.ts'
import { optionName } from './explain.ts'
import { wrapperApproach } from '../plan/plan.ts'
import { pickOption, type DecidingAnswers } from './pick-option.ts'

type FlipKey = keyof DecidingAnswers

/** Tried in this order: a code change is what architects negotiate first, then the copy, then the app. */
const ALTERNATIVES: { [K in FlipKey]: readonly DecidingAnswers[K][] } = {
  code: CODE_VALUES,
  copy: COPY_VALUES,
  reads: READS_VALUES,
}
const FLIP_ORDER: readonly FlipKey[] = ['code', 'copy', 'reads']

const IF_ANSWERED: { [K in FlipKey]: Record<DecidingAnswers[K], string> } = {
  code: {
    yes: 'If the code could change to call Key Vault with an Azure SDK',
    no: 'If the code could not change now',
  },
  copy: {
    ok: 'If a copy of the secrets could be kept in a Kubernetes Secret',
    no: 'If no copy of the secrets were allowed in the cluster',
  },
  reads: { env: 'If the app read its secrets from env vars', file: 'If the app read its secrets from files' },
}

const outcome = (a: DecidingAnswers): string => {
  const option = pickOption(a)
  return optionName(option, wrapperApproach(option, a.reads))
}

/** The first single answer that changes the recommendation, found by re-running the rules. */
export function flipFor(r: Resolved): { key: ChoiceKey; text: string } | undefined {
  const current: DecidingAnswers = { code: r.code, reads: r.reads, copy: r.copy }
  const now = outcome(current)
  for (const key of FLIP_ORDER) {
    for (const value of ALTERNATIVES[key]) {
      if (value === current[key]) continue
      const changed = outcome({ ...current, [key]: value })
      const phrases: Record<string, string> = IF_ANSWERED[key]
      if (changed !== now) return { key, text: `${phrases[value]}, ${changed} would be recommended` }
    }
  }
  return undefined
}
