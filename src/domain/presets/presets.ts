import type { Answers } from '../answers/model.ts'

/** A starting point: sets the answers that describe a kind of team, leaves names to the user. */
export interface Preset {
  id: string
  title: string
  description: string
  answers: Partial<Answers>
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'lift-and-shift',
    title: 'Lift-and-shift app reading env vars',
    description: 'Moved from a VM as is: reads its secrets from environment variables, no code change now.',
    answers: { code: 'no', reads: 'env', rotate: 'none', copy: 'ok', auth: 'uami' },
  },
  {
    id: 'new-app-sdk',
    title: 'New app that can use the SDK',
    description:
      'Written for Azure: reads Key Vault itself with DefaultAzureCredential and Workload Identity.',
    answers: { code: 'yes', reads: 'env', rotate: 'live', copy: 'no', auth: 'workload' },
  },
  {
    id: 'off-akv2k8s',
    title: 'Team moving off akv2k8s',
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
