import { useMemo } from 'react'
import { useAnswers } from './answers-store.ts'
import { lazyModule } from './lazy-module.ts'
import { assess, type Assessment } from '../domain/assess.ts'
import type { Generated } from '../domain/generate/types.ts'

/** Recommendation and problems, derived from the answers; recomputed only when they change. */
export function useAssessment(): Assessment {
  const answers = useAnswers((s) => s.answers)
  return useMemo(() => assess(answers), [answers])
}

/**
 * The generator (with js-yaml and the code samples) is its own chunk, so the first screen's JavaScript
 * stays small; main.tsx starts loading it at once and the files appear as soon as it is there.
 */
export const generator = lazyModule(() => import('../domain/generate/index.ts').then((m) => m.generate))

/** The files for the assessed answers, or undefined for the moment the generator is still loading. */
export function useGenerated(assessment: Assessment): Generated | undefined {
  const generate = generator.useLoaded()
  const { answers, recommendation } = assessment
  return useMemo(
    () => (generate ? generate(answers, recommendation.generated) : undefined),
    [generate, answers, recommendation.generated],
  )
}
