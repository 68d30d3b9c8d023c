import type { Answers } from '../answers/model.ts'

/** A starting point: sets the answers that describe a kind of team, leaves names to the user. */
export interface Preset {
  id: string
  title: string
  /** The part of the title a phone shows (a part of it, so the button's name still holds what is seen). */
  short: string
  description: string
  answers: Partial<Answers>
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'lift-and-shift',
    title: 'Lift-and-shift app reading env vars',
    short: 'Lift-and-shift',
    description: 'Moved from a VM as is: reads its secrets from environment variables, no code change now.',
    answers: { code: 'no', reads: 'env', rotate: 'none', copy: 'ok', auth: 'uami' },
  },
  {
    id: 'new-app-sdk',
    title: 'New app that can use the SDK',
    short: 'New app',
    description:
      'Written for Azure: reads Key Vault itself with DefaultAzureCredential and Workload Identity.',
    answers: { code: 'yes', reads: 'env', rotate: 'live', copy: 'no', auth: 'workload' },
  },
  {
    id: 'off-akv2k8s',
    title: 'Team moving off akv2k8s',
    short: 'off akv2k8s',
    description:
      'Apps read env vars that akv2k8s injected or synced; keep them unchanged, drop aad-pod-identity for Workload Identity.',
    answers: { code: 'no', reads: 'env', rotate: 'restart', copy: 'ok', auth: 'workload' },
  },
]

/** Applies a preset over the current answers: its choices replace, the user's names and objects stay. */
export function applyPreset(current: Answers, preset: Preset): Answers {
  // A preset is a fresh start for the choices: an option forced earlier no longer applies.
  const { opt: _forced, ...rest } = current
  return { ...rest, ...preset.answers }
}

/**
 * Whether the answers are what the preset sets, every one of them: the preset shows as selected. Derived
 * from the answers alone (the store keeps no "chosen preset"), so a link or a hand-made choice that equals
 * a preset selects it too, and changing one of its answers unselects it.
 */
export function presetSelected(current: Answers, preset: Preset): boolean {
  return Object.entries(preset.answers).every(([key, value]) => current[key as keyof Answers] === value)
}
