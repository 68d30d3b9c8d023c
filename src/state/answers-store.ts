import { create } from 'zustand'
import {
  CHOICE_KEYS,
  applyPreset,
  decodePermalink,
  emptyAnswers,
  emptyObject,
  ingressAfterObjectChange,
  parseChoice,
  setIngressOnly,
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
  /** The fragment of the link as it was opened, while it has notices: the address bar holds the answers read. */
  received?: string
  /** The answers before the last reset, so it can be undone. */
  beforeReset?: Answers
  /** The last change made for the user (a preset, a lever tried): what it was, so it can be shown and undone. */
  lastChange?: LastChange
}

export interface LastChange {
  /** Where it was applied from: the note and Undo show there. */
  source: 'preset' | 'lever'
  /** What was applied, in words ("the preset “Lift-and-shift”"). */
  what: string
  /** The answer keys it changed, to highlight them. */
  keys: string[]
  /** The answers before it, for Undo. */
  before: Answers
}

export const useAnswers = create<AnswersState>()(() => ({ answers: emptyAnswers(), notices: [] }))

// Any other change ends what Undo could restore without losing the user's own edit.
const update = (change: (a: Answers) => Answers): void =>
  useAnswers.setState((s) => ({ answers: change(s.answers), beforeReset: undefined, lastChange: undefined }))

const changedKeys = (before: Answers, after: Answers): string[] =>
  CHOICE_KEYS.filter((key) => before[key] !== after[key])

/** Applies a change made for the user, remembering what it changed so the page can show it and undo it. */
function applyForUser(source: LastChange['source'], what: string, change: (a: Answers) => Answers): void {
  useAnswers.setState((s) => {
    const answers = change(s.answers)
    return {
      answers,
      beforeReset: undefined,
      lastChange: { source, what, keys: changedKeys(s.answers, answers), before: s.answers },
    }
  })
}

/** Sets several choices at once, as a lever's "Try it" does; values as a link writes them. */
export function tryChoices(what: string, changes: readonly { key: ChoiceKey; value: string }[]): void {
  applyForUser('lever', what, (a) =>
    changes.reduce<Answers>((x, { key, value }) => {
      const parsed = parseChoice(key, value)
      return parsed === undefined ? x : { ...x, [key]: parsed }
    }, a),
  )
}

export function undoLastChange(): void {
  useAnswers.setState((s) => (s.lastChange ? { answers: s.lastChange.before, lastChange: undefined } : s))
}

/**
 * Sets a choice from the value a control holds, as a link writes it (`opt` "2"); undefined clears it.
 * The registry parses it, so a value that is none of the question's leaves the answers as they are.
 */
export function chooseAnswer(key: ChoiceKey, written: string | undefined): void {
  const value = written === undefined ? undefined : parseChoice(key, written)
  if (written !== undefined && value === undefined) return
  update((a) => ({ ...a, [key]: value }))
}

/** Takes answers the engine worked out from the current ones (a one-click fix). */
export function replaceAnswers(answers: Answers): void {
  update(() => answers)
}

export function setText(key: TextKey, value: string): void {
  update((a) => ({ ...a, [key]: value }))
}

/**
 * Adds a row after the ones shown. The form always shows one row, even before any object exists, so with
 * none yet that shown row becomes an object too and the new one is the second.
 */
export function addObject(): void {
  update((a) => ({
    ...a,
    objects: [...(a.objects.length === 0 ? [emptyObject()] : a.objects), emptyObject()],
  }))
}

/** Changes an object; the row after the last (the empty row the form always offers) becomes a new object. */
export function updateObject(index: number, patch: Partial<KvObject>): void {
  update((a) => {
    if (index === a.objects.length) return { ...a, objects: [...a.objects, { ...emptyObject(), ...patch }] }
    const changed = a.objects.map((o, i) => (i === index ? { ...o, ...patch } : o))
    // A renamed certificate stays "for an Ingress only"; one that is no longer a cert does not.
    return { ...a, objects: changed, ing: ingressAfterObjectChange(a, index, changed[index]) }
  })
}

export function removeObject(index: number): void {
  update((a) => ({
    ...a,
    objects: a.objects.filter((_, i) => i !== index),
    ing: ingressAfterObjectChange(a, index, undefined),
  }))
}

/** A cert row's "For an Ingress only", with the host its Ingress serves; `undefined` unticks it. */
export function setObjectIngressOnly(index: number, entry: { host: string } | undefined): void {
  update((a) => {
    const o = a.objects[index]
    return o === undefined
      ? a
      : { ...a, ing: setIngressOnly(a.ing, o.name, entry && { name: o.name, host: entry.host }) }
  })
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
  applyForUser('preset', `the preset “${preset.title}”`, (a) => applyPreset(a, preset))
}

export function resetAnswers(): void {
  useAnswers.setState((s) => ({
    answers: emptyAnswers(),
    notices: [],
    beforeReset: s.answers,
    lastChange: undefined,
  }))
}

export function undoReset(): void {
  useAnswers.setState((s) => (s.beforeReset ? { answers: s.beforeReset, beforeReset: undefined } : s))
}

/** Replaces every answer with what a permalink (or its fragment) holds. */
export function loadPermalink(link: string): void {
  const { answers, notices } = decodePermalink(link)
  const received = notices.length > 0 ? link.replace(/^#/, '') : undefined
  useAnswers.setState({ answers, notices, received, beforeReset: undefined, lastChange: undefined })
}

export function dismissNotices(): void {
  useAnswers.setState({ notices: [] })
}
