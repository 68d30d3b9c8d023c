import type { Answers } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { violationsFor, warningsFor } from './consequences.ts'
import { reasonsFor, summarize } from './explain.ts'
import { flipFor } from './flip.ts'
import { pickOption, needsEnvWrapper } from './pick-option.ts'
import { roadmapToOption1 } from './roadmap.ts'
import { OPTION_TITLES, type Recommendation } from './types.ts'
import { judgeAnswers, toVerdictRow } from './verdict-table.ts'

export { pickOption, needsEnvWrapper } from './pick-option.ts'

/** The option the answers point to, the one to generate, and everything to argue about either. */
export function recommend(answers: Answers): Recommendation {
  const r = resolve(answers)
  const recommended = pickOption(r)
  const generated = r.opt ?? recommended
  const wrapper = needsEnvWrapper(generated, r.reads)
  const rows = judgeAnswers(r)
  const flip = flipFor(r)
  return {
    recommended,
    generated,
    title: OPTION_TITLES[generated],
    summary: summarize(r, recommended, generated),
    reasons: reasonsFor(rows, r, recommended),
    wrapper,
    table: rows.map(toVerdictRow),
    warnings: warningsFor(rows, generated),
    violations: violationsFor(rows, generated),
    ...(flip ? { flip } : {}),
    roadmap: roadmapToOption1(r, generated, wrapper),
  }
}
