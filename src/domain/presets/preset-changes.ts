import { CHOICE_KEYS, choiceOptions, choiceQuestion, type Answers, type ChoiceKey } from '../answers/model.ts'
import type { Preset } from './presets.ts'

/** One answer a preset sets, in the question's words, with what it costs in security when it costs something. */
export interface PresetAnswer {
  key: ChoiceKey
  question: string
  answer: string
  /** Set when the answer weakens the secrets' protection: said on the card, not set quietly. */
  security?: string
}

// Answers that widen who can read the secrets (the registry's identity hints, and the copy question's why).
const SECURITY: Partial<Record<ChoiceKey, Partial<Record<string, string>>>> = {
  copy: {
    ok: 'a copy of each secret lives in a Kubernetes Secret, readable by anyone who may read Secrets in the namespace',
  },
  auth: {
    uami: 'the nodes’ identity: every pod on those nodes shares it and can read the vault',
    system: 'the nodes’ own identity: every pod on those nodes can read the vault',
    sp: 'a service principal whose client secret is stored in the cluster',
    podidentity: 'aad-pod-identity, deprecated',
  },
}

const labelOf = (key: ChoiceKey, value: unknown): string =>
  choiceOptions(key).find((c) => c.value === String(value))?.label ?? String(value)

/** Every answer the preset sets, in the order the form asks them. */
export function presetAnswers(preset: Preset): PresetAnswer[] {
  return CHOICE_KEYS.flatMap((key) => {
    const value = preset.answers[key]
    if (value === undefined) return []
    const security = SECURITY[key]?.[String(value)]
    return [
      {
        key,
        question: choiceQuestion(key).title,
        answer: labelOf(key, value),
        ...(security ? { security } : {}),
      },
    ]
  })
}

/** The answers applying the preset changes, each with what it replaces. */
export function presetChanges(
  current: Answers,
  preset: Preset,
): (PresetAnswer & { was: string | undefined })[] {
  return presetAnswers(preset)
    .filter(({ key }) => current[key] !== preset.answers[key])
    .map((a) => ({ ...a, was: current[a.key] === undefined ? undefined : labelOf(a.key, current[a.key]) }))
}
