import { describe, expect, it } from 'vitest'
import { emptyAnswers } from '../answers/model.ts'
import { applyPreset, presetSelected, PRESETS } from './presets.ts'
import { presetAnswers, presetChanges } from './preset-changes.ts'

const preset = (id: string) => {
  const p = PRESETS.find((x) => x.id === id)
  if (!p) throw new Error(id)
  return p
}

describe('what a preset sets', () => {
  it('lists every answer the lift-and-shift preset sets, and calls out the copy and the shared node identity', () => {
    const answers = presetAnswers(preset('lift-and-shift'))
    expect(answers.map((a) => `${a.question}: ${a.answer}`)).toEqual([
      'Code can change: No, not now',
      'App reads secrets from: Environment variables',
      'Rotated secret picked up: Not needed',
      'Copy in a Kubernetes Secret: Yes, a copy is acceptable',
      'Identity: User-assigned managed identity',
    ])
    expect(answers.filter((a) => a.security).map((a) => a.key)).toEqual(['copy', 'auth'])
    expect(answers.find((a) => a.key === 'auth')?.security).toContain('every pod on those nodes shares it')
  })

  it('flags nothing for the SDK preset, which keeps the secrets in Key Vault', () => {
    expect(presetAnswers(preset('new-app-sdk')).filter((a) => a.security)).toEqual([])
  })

  it('lists every preset answer in the keys it applies, so none is set quietly', () => {
    for (const p of PRESETS) {
      const listed = presetAnswers(p).map((a) => a.key)
      const applied = applyPreset(emptyAnswers(), p)
      for (const key of listed) expect(applied[key]).toBe(p.answers[key])
      expect(listed.sort()).toEqual(Object.keys(p.answers).sort())
    }
  })

  it('says which answers applying it changes, and from what', () => {
    const current = { ...emptyAnswers(), code: 'no' as const, copy: 'no' as const }
    const changes = presetChanges(current, preset('lift-and-shift'))
    expect(changes.map((c) => [c.key, c.was])).toEqual([
      ['reads', undefined],
      ['rotate', undefined],
      ['copy', 'No copy in the cluster'],
      ['auth', undefined],
    ])
  })
})

describe('which preset is selected', () => {
  it('is the one whose every answer the page holds, and none once one of them changes', () => {
    const lift = preset('lift-and-shift')
    const applied = applyPreset({ ...emptyAnswers(), app: 'demo' }, lift)
    expect(PRESETS.filter((p) => presetSelected(applied, p)).map((p) => p.id)).toEqual(['lift-and-shift'])
    expect(presetSelected({ ...applied, rotate: 'live' }, lift)).toBe(false)
    expect(PRESETS.some((p) => presetSelected(emptyAnswers(), p))).toBe(false)
  })
})

describe("a preset's short title", () => {
  it('is a part of its title, so the button a phone shows keeps the name a screen reader says', () => {
    for (const p of PRESETS) expect(p.title.toLowerCase()).toContain(p.short.toLowerCase())
  })
})
