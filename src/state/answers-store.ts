import { create } from 'zustand'
import {
  applyPreset,
  decodePermalink,
  emptyAnswers,
  emptyObject,
  parseChoice,
  type Answers,
  type ChoiceKey,
  type KvObject,
  type PermalinkNotice,
  type Preset,
  type TextKey,
} from '../domain/index.ts'

/**
 * The one store: the user's answers, and what the link they opened said about itself.
 * Recommendation and files are derived from `answers` by the engine, never stored.
 */
export interface AnswersState {
  answers: Answers
  /** What was ignored in the link (or saved answers) the page opened with. */
  notices: PermalinkNotice[]
  /** The answers before the last reset, so it can be undone. */
  beforeReset?: Answers
}

export const useAnswers = create<AnswersState>()(() => ({ answers: emptyAnswers(), notices: [] }))

const update = (change: (a: Answers) => Answers): void =>
  useAnswers.setState((s) => ({ answers: change(s.answers), beforeReset: undefined }))

/**
 * Sets a choice from the value a control holds, as a link writes it (`opt` "2"); undefined clears it.
 * The registry parses it, so a value that is none of the question's leaves the answers as they are.
 */
export function chooseAnswer(key: ChoiceKey, written: string | undefined): void {
  const value = written === undefined ? undefined : parseChoice(key, written)
  if (written !== undefined && value === undefined) return
  update((a) => ({ ...a, [key]: value }))
}

export function setText(key: TextKey, value: string): void {
  update((a) => ({ ...a, [key]: value }))
}

export function addObject(): void {
  update((a) => ({ ...a, objects: [...a.objects, emptyObject()] }))
}

export function updateObject(index: number, patch: Partial<KvObject>): void {
  update((a) => ({ ...a, objects: a.objects.map((o, i) => (i === index ? { ...o, ...patch } : o)) }))
}

export function removeObject(index: number): void {
  update((a) => ({ ...a, objects: a.objects.filter((_, i) => i !== index) }))
}

/** Moves an object up (-1) or down (+1); the order is kept in the link and the mounted files. */
export function moveObject(index: number, by: -1 | 1): void {
  update((a) => {
    const target = index + by
    if (target < 0 || target >= a.objects.length) return a
    const objects = [...a.objects]
    ;[objects[index], objects[target]] = [objects[target] as KvObject, objects[index] as KvObject]
    return { ...a, objects }
  })
}

export function choosePreset(preset: Preset): void {
  update((a) => applyPreset(a, preset))
}

export function resetAnswers(): void {
  useAnswers.setState((s) => ({ answers: emptyAnswers(), notices: [], beforeReset: s.answers }))
}

export function undoReset(): void {
  useAnswers.setState((s) => (s.beforeReset ? { answers: s.beforeReset, beforeReset: undefined } : s))
}

/** Replaces every answer with what a permalink (or its fragment) holds. */
export function loadPermalink(link: string): void {
  const { answers, notices } = decodePermalink(link)
  useAnswers.setState({ answers, notices, beforeReset: undefined })
}

export function dismissNotices(): void {
  useAnswers.setState({ notices: [] })
}
