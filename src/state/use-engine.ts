import { useEffect, useMemo, useState } from 'react'
import type { OptionId } from '../domain/answers/model.ts'
import type { Answers } from '../domain/answers/model.ts'
import { assess, type Assessment } from '../domain/assess.ts'
import type { Generated } from '../domain/generate/types.ts'
import { useAnswers } from './answers-store.ts'

/** Recommendation and problems, derived from the answers; recomputed only when they change. */
export function useAssessment(): Assessment {
  const answers = useAnswers((s) => s.answers)
  return useMemo(() => assess(answers), [answers])
}

type GenerateFn = (answers: Answers, option: OptionId) => Generated
let generateFn: GenerateFn | undefined
let loading: Promise<GenerateFn> | undefined

/**
 * The generator (with js-yaml and the code samples) is its own chunk, so the first screen's JavaScript
 * stays small; it starts loading at once and the files appear as soon as it is there.
 */
export function loadGenerator(): Promise<GenerateFn> {
  loading ??= import('../domain/generate/index.ts').then((m) => (generateFn = m.generate))
  return loading
}

/** The files for the assessed answers, or undefined for the moment the generator is still loading. */
export function useGenerated(assessment: Assessment): Generated | undefined {
  const [ready, setReady] = useState(generateFn !== undefined)
  useEffect(() => {
    if (ready) return
    let live = true
    loadGenerator().then(
      () => live && setReady(true),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [ready])
  const { answers, recommendation } = assessment
  return useMemo(
    () => (ready && generateFn ? generateFn(answers, recommendation.generated) : undefined),
    [ready, answers, recommendation.generated],
  )
}
