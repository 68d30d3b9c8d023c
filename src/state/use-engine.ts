import { useMemo } from 'react'
import { assess, type Assessment, type Generated } from '../domain/index.ts'
import { useAnswers } from './answers-store.ts'
import { lazyModule, type Loaded } from './lazy-module.ts'

/** Recommendation, plan and problems, derived from the answers; recomputed only when they change. */
export function useAssessment(): Assessment {
  const answers = useAnswers((s) => s.answers)
  return useMemo(() => assess(answers), [answers])
}

/**
 * The generator (with js-yaml and the code samples) is its own chunk, so the first screen's JavaScript
 * stays small; main.tsx starts loading it at once and the files appear as soon as it is there.
 */
export const generator = lazyModule(() => import('../domain/engine.ts').then((m) => m.generateFromPlan))

/** The files of the assessed plan: undefined while the generator loads, with `failed` if it cannot. */
export function useGenerated(assessment: Assessment): Loaded<Generated> {
  const { value: generate, failed, retry } = generator.useLoaded()
  const { plan } = assessment
  const value = useMemo(() => (generate ? generate(plan) : undefined), [generate, plan])
  return { value, failed, retry }
}
