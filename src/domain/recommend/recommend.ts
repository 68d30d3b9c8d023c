import type { Answers, OptionId } from '../answers/model.ts'
import { resolve, type Resolved } from '../answers/resolve.ts'
import { violationsFor, warningsFor } from './consequences.ts'
import { reasonsFor, summarize } from './explain.ts'
import { imageUserWarnings } from './image-user.ts'
import { ingressReasons } from './ingress.ts'
import { wrapperApproach } from '../plan/plan.ts'
import { pickOption } from './pick-option.ts'
import { roadmapToOption1 } from './roadmap.ts'
import { OPTION_TITLES, type Recommendation } from './types.ts'
import { judgeAnswers, toVerdictRow } from './verdict-table.ts'

export { pickOption, needsEnvWrapper } from './pick-option.ts'

/** The option the answers point to, the one to generate, and everything to argue about either. */
export const recommend = (answers: Answers): Recommendation => recommendResolved(resolve(answers))

/** The same, for answers already resolved (the assessment resolves them once per change). */
export function recommendResolved(r: Resolved): Recommendation {
  const recommended = pickOption(r)
  const generated = r.opt ?? recommended
  const wrapper = wrapperApproach(generated, r.reads)
  const rows = judgeAnswers(r)
  return {
    recommended,
    generated,
    title: OPTION_TITLES[generated],
    heading: headingFor(recommended, wrapper && generated === recommended),
    summary: summarize(r, recommended, generated),
    reasons: [...reasonsFor(rows, r, recommended), ...ingressReasons(r)],
    wrapper,
    table: rows.map(toVerdictRow),
    warnings: [...warningsFor(rows, generated), ...imageUserWarnings(r)],
    violations: violationsFor(rows, generated),
    roadmap: roadmapToOption1(r, generated, wrapper),
  }
}

// Capital "Option N" for the recommended option only: the page's test hook names no other that way.
const headingFor = (option: OptionId, wrapper: boolean): string =>
  `Option ${option}: ${OPTION_TITLES[option]}${wrapper ? ' with an env-from-files wrapper' : ''}`
