import type { Answers, OptionId } from './answers/model.ts'
import { assess, type Assessment } from './assess.ts'
import { generate } from './generate/index.ts'
import type { Generated } from './generate/types.ts'

/** Everything the command line shows, derived from the answers alone. (The wizard loads `generate` lazily.) */
export interface EngineResult extends Assessment {
  generated: Generated
}

export function runEngine(answers: Answers, forceOption?: OptionId): EngineResult {
  const assessment = assess(answers, forceOption)
  return { ...assessment, generated: generate(assessment.answers, assessment.recommendation.generated) }
}
