import { describe, expect, it } from 'vitest'
import { seedAnswers } from '../../test-support/answers.ts'
import { answerCombinations } from '../answers/combinations.ts'
import { emptyAnswers, emptyObject, TEXT_KEYS } from '../answers/model.ts'
import { runEngine } from '../engine.ts'
import { readinessOf } from './readiness.ts'

const readiness = (answers: Parameters<typeof runEngine>[0]) => runEngine(answers).readiness

describe('readiness, file by file', () => {
  it('lists the resource group and cluster left in azure-setup.sh, with its field', () => {
    const r = readiness({ ...seedAnswers(), rg: '', cluster: '' })
    expect(r.ready).toBe(false)
    expect(r.files.find((f) => f.name === 'azure-setup.sh')?.keys).toEqual(['rg', 'cluster'])
    expect(r.files.find((f) => f.name === 'deployment.yaml')?.keys).toEqual([])
    expect(r.missing.map((m) => m.key)).toEqual(['rg', 'cluster'])
    expect(r.count).toBe(2)
  })

  it('does not count the client ID a new identity gets from the script, which fills it in before applying', () => {
    const answers = { ...seedAnswers(), code: 'yes' as const, client: '', identity: 'new' as const }
    const result = runEngine(answers)
    expect(result.generated.files.find((f) => f.name === 'serviceaccount.yaml')?.content).toContain(
      '<client-id>',
    )
    expect(result.readiness).toMatchObject({ ready: true, count: 0 })
    // Without the plan's word for it, the placeholder counts.
    expect(readinessOf(result.generated.files, result.missing).files.flatMap((f) => f.keys)).toContain(
      'client',
    )
  })

  it('is ready for the complete seed scenario: no file holds a placeholder', () => {
    const r = readiness(seedAnswers())
    expect(r).toMatchObject({ ready: true, count: 0, missing: [] })
    expect(r.files.every((f) => f.keys.length === 0)).toBe(true)
  })

  it('never calls a file ready while it holds a placeholder, and every missing answer shows in a file', () => {
    const bases = [
      { ...emptyAnswers(), objects: [] },
      { ...emptyAnswers(), objects: [{ ...emptyObject('db'), env: 'DB' }] },
      { ...seedAnswers(), cmd: '', image: '', tenant: '' },
    ]
    for (const base of bases) {
      for (const answers of answerCombinations(base)) {
        const r = readiness(answers)
        const missing = new Set(r.missing.map((m) => m.key))
        const inFiles = new Set(r.files.flatMap((f) => f.keys))
        for (const key of inFiles) expect(missing, `${key} ${JSON.stringify(answers)}`).toContain(key)
        for (const key of missing) {
          if ((TEXT_KEYS as readonly string[]).includes(key)) expect(inFiles, key).toContain(key)
        }
        expect(r.ready).toBe(inFiles.size === 0 && missing.size === 0)
      }
    }
  })
})
