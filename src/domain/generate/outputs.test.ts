import { describe, expect, it } from 'vitest'
import { allCombinations, obj, seedAnswers } from '../../test-support/answers.ts'
import { MAX_INGRESS_CERTIFICATES } from '../answers/field-rules/ingress.ts'
import { resolve } from '../answers/resolve.ts'
import { runEngine } from '../engine.ts'
import { planFor } from '../plan/plan.ts'
import { runnableFolder } from './bundle.ts'
import { generateFromPlan } from './index.ts'
import { OUTPUTS, outputsFor } from './outputs.ts'

describe('the outputs table', () => {
  it('names each row once', () => {
    expect(new Set(OUTPUTS.map((row) => row.id)).size).toBe(OUTPUTS.length)
  })

  it('is what every consumer reads: files, manifests, stream, folder and readiness follow its rows, in order', () => {
    for (const { label, answers, option } of allCombinations(['one file', 'env vars'])) {
      const plan = planFor(resolve(answers), option)
      const rows = outputsFor(plan)
      const names = rows.map((row) => row.name(plan))
      expect(new Set(names).size, label).toBe(names.length)
      const g = generateFromPlan(plan)
      const fileRows = rows.filter((row) => row.stage !== 'folder')
      expect(
        g.files.map((f) => f.name),
        label,
      ).toEqual(fileRows.map((row) => row.name(plan)))
      expect(
        g.manifests.map((m) => `${m.kind.toLowerCase()}.yaml`),
        label,
      ).toEqual(rows.filter((row) => row.stage === 'manifest').map((row) => row.name(plan)))
      expect(
        runnableFolder(g, []).map((f) => f.name),
        label,
      ).toEqual(names)
    }
    const engine = runEngine(allCombinations(['one file'])[0]!.answers)
    expect(engine.readiness.files.map((f) => f.name)).toEqual(engine.generated.files.map((f) => f.name))
  })

  it('needs each row for some answers, and the Deployment, the script and the README always', () => {
    const needed = new Set<string>()
    for (const { answers, option } of allCombinations(['env vars']))
      for (const row of outputsFor(planFor(resolve(answers), option))) needed.add(row.id)
    // Certificates for an Ingress only (`ing`): the Service and one Ingress row per certificate, up to the limit.
    const certs = Array.from({ length: MAX_INGRESS_CERTIFICATES }, (_, i) =>
      obj(`tls-${i + 1}`, { type: 'cert' }),
    )
    const withIngress = { ...seedAnswers(), objects: certs, ing: certs.map((c) => c.name).join('~') }
    for (const row of outputsFor(planFor(resolve(withIngress), 3))) needed.add(row.id)
    expect([...needed].sort()).toEqual(OUTPUTS.map((row) => row.id).sort())
    const plan = planFor(resolve(allCombinations(['one file'])[0]!.answers), 3)
    expect(outputsFor(plan).map((row) => row.id)).toEqual(
      expect.arrayContaining(['deployment', 'azure-setup', 'readme']),
    )
  })
})
