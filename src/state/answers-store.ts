import { create } from 'zustand'
import {
  emptyAnswers,
  emptyObject,
  type Answers,
  type Choices,
  type KvObject,
  type TextKey,
} from '../domain/answers/model.ts'
import { decodePermalink, type PermalinkNotice } from '../domain/permalink/codec.ts'
import { applyPreset, type Preset } from '../domain/presets/presets.ts'

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

export function setChoice<K extends keyof Choices>(key: K, value: Choices[K]): void {
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
