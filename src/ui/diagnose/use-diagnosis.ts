import { useEffect, useState } from 'react'
import type { Answers, Diagnosis, LogAnswer } from '../../domain/diagnose/index.ts'

interface Read {
  diagnosis: Diagnosis
  /** Values the text gives for answers still missing (answersFromLog). */
  offers: LogAnswer[]
}
type Diagnose = (text: string, answers: Answers) => Read

// The diagnosis (catalogue, patterns) is its own chunk, fetched the first time there is text to read, so the
// first screen's JavaScript does not grow.
let loading: Promise<Diagnose> | undefined
const loadDiagnose = (): Promise<Diagnose> =>
  (loading ??= import('../../domain/diagnose/index.ts').then((m) => (text: string, answers: Answers) => ({
    diagnosis: m.diagnose(text, { answers }),
    offers: m.answersFromLog(text, answers),
  })))

/** Waits this long after the last keystroke before reading the text again. */
export const DEBOUNCE_MS = 300

export type DiagnosisState =
  { status: 'empty' } | { status: 'reading' } | ({ status: 'done' } & Read) | { status: 'failed' }

/** The diagnosis of `text`, updated a moment after it stops changing (the last one shows meanwhile). */
export function useDiagnosis(text: string, answers: Answers): DiagnosisState {
  const [result, setResult] = useState<{ text: string; outcome: Read | 'failed' } | undefined>()
  useEffect(() => {
    if (text.trim() === '') return
    let live = true
    const timer = setTimeout(() => {
      loadDiagnose().then(
        (diagnose) => live && setResult({ text, outcome: diagnose(text, answers) }),
        () => live && setResult({ text, outcome: 'failed' }),
      )
    }, DEBOUNCE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [text, answers])
  if (text.trim() === '') return { status: 'empty' }
  if (result === undefined) return { status: 'reading' }
  if (result.outcome === 'failed') return { status: 'failed' }
  return { status: 'done', ...result.outcome }
}
