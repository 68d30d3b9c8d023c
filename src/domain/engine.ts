import type { Answers, OptionId } from './answers/model.ts'
import { assess, type Assessment } from './assess.ts'
import { generateFromPlan } from './generate/index.ts'
import type { Generated } from './generate/types.ts'
import { readinessOf, type Readiness } from './readiness/readiness.ts'

/**
 * The domain's second public entry: everything in `index.ts` plus the files (the generator, js-yaml and the
 * code samples). The wizard loads it on demand, so the first screen stays small; the command line uses it whole.
 */
export * from './index.ts'
export { generate, generateFromPlan } from './generate/index.ts'
export { toYaml } from './generate/yaml.ts'
export { runnableFolder, type FolderFile } from './generate/bundle.ts'
export { OUTPUTS, type OutputRow } from './generate/outputs.ts'
export { decisionFile, folderWithRecord } from './decision/folder.ts'
export { DECISION_NAME, type RecordContext } from './decision/decision-record.ts'
export { TOOL_VERSION } from './version.ts'

/** Everything the command line shows, derived from the answers alone. */
export interface EngineResult extends Assessment {
  generated: Generated
  /** Which files still hold a placeholder, and for which answer. */
  readiness: Readiness
}

export function runEngine(answers: Answers, forceOption?: OptionId): EngineResult {
  const assessment = assess(answers, forceOption)
  const generated = generateFromPlan(assessment.plan)
  return {
    ...assessment,
    generated,
    readiness: readinessOf(generated.files, assessment.missing, assessment.plan.filledByScript),
  }
}
