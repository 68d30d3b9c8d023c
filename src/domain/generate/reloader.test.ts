import { afterAll, describe, expect, it } from 'vitest'
import { CLIENT, seedAnswers, TENANT } from '../../test-support/answers.ts'
import {
  mutatingCalls,
  readState,
  removeScratchDirs,
  runFolderTwice,
  type StubWorld,
} from '../../test-support/run-script.ts'
import { schemaProblems } from '../../test-support/schemas.ts'
import type { Answers, OptionId } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { fields } from '../k8s/read.ts'
import { planFor } from '../plan/plan.ts'
import { recommend } from '../recommend/recommend.ts'
import { runnableFolder } from './bundle.ts'
import { generate } from './index.ts'

// reload=reloader (issue 17): Stakater Reloader rolls the Deployment when the synced Secret changes
// (option 3, either sync) or when the mounted versions change (option 2, its CSI integration).

const answers = (fields: Partial<Answers> = {}): Answers => ({
  ...seedAnswers(),
  reload: 'reloader',
  rotate: 'live',
  cmd: 'python app.py',
  ...fields,
})

const deploymentAnnotations = (a: Answers, option: OptionId) => {
  const d = generate(a, option).manifests.find((m) => m.kind === 'Deployment')
  return fields(fields(JSON.parse(JSON.stringify(d))['metadata'])['annotations'])
}

describe('Reloader annotations', () => {
  it('option 3 (driver sync or ESO): the synced Secret; option 2: the SecretProviderClass', () => {
    expect(deploymentAnnotations(answers(), 3)).toEqual({
      'secret.reloader.stakater.com/reload': 'demo-kv-secrets',
    })
    expect(deploymentAnnotations(answers({ sync: 'eso' }), 3)).toEqual({
      'secret.reloader.stakater.com/reload': 'demo-kv-secrets',
    })
    expect(deploymentAnnotations(answers({ spc: 'shared-class' }), 2)).toEqual({
      'secretproviderclass.reloader.stakater.com/reload': 'shared-class',
    })
    expect(deploymentAnnotations(answers({ reload: 'none' }), 3)).toEqual({})
    expect(deploymentAnnotations(answers(), 1)).toEqual({})
  })

  it('every manifest with Reloader passes its schema', () => {
    for (const option of [2, 3] as const)
      for (const sync of ['csi', 'eso'] as const)
        expect(generate(answers({ sync }), option).manifests.flatMap(schemaProblems)).toEqual([])
  })

  it('is suggested when a rotated value must reach a running process, for options 2 and 3', () => {
    const suggested = (a: Answers, option: OptionId) => planFor(resolve(a), option).reloadSuggested
    expect(suggested(answers({ reload: undefined }), 3)).toBe(true)
    expect(suggested(answers({ reload: undefined }), 2)).toBe(true)
    expect(suggested(answers({ reload: undefined, reads: 'file' }), 2)).toBe(true)
    expect(suggested(answers({ reload: undefined, rotate: 'restart' }), 3)).toBe(false)
    expect(suggested(answers({ reload: undefined }), 1)).toBe(false)
  })
})

describe('rotation verdicts take Reloader into account', () => {
  const cell = (a: Answers, option: OptionId) => {
    const rec = recommend({ ...a, opt: option })
    return { rec, cell: rec.table.find((row) => row.key === 'rotate')?.cells[option] }
  }

  it('without Reloader, the env-var warning suggests reload=reloader', () => {
    const { rec } = cell(answers({ reload: undefined }), 3)
    const warning = rec.warnings.find((w) => w.id === 'env-vars-need-restart')
    expect(warning?.remedy).toContain('reload=reloader')
  })

  it('with Reloader, env vars are rotated at the rollout Reloader starts, and the warning goes', () => {
    for (const [a, option] of [
      [answers(), 3],
      [answers({ sync: 'eso' }), 3],
      [answers(), 2],
    ] as const) {
      const { rec, cell: c } = cell(a, option)
      expect(c?.reason).toContain('at the rollout that Reloader starts')
      expect(rec.warnings.map((w) => w.id)).not.toContain('env-vars-need-restart')
    }
    // ESO refreshes the Secret itself: no add-on rotation to turn on.
    expect(cell(answers({ sync: 'eso' }), 3).cell?.verdict).toBe('fits')
  })
})

afterAll(removeScratchDirs)

const world = (overrides: Partial<StubWorld> = {}): StubWorld => ({
  vaultTenant: TENANT,
  rbac: true,
  addonClientId: CLIENT,
  addonObjectId: '0d4c7f6e-1111-4a2b-9c3d-444455556666',
  ...overrides,
})

const runTwice = (a: Answers, option: OptionId, w: StubWorld = world()) =>
  runFolderTwice(runnableFolder(generate(a, option), []), w)

describe('azure-setup.sh with Reloader', { timeout: 60_000 }, () => {
  it('option 2: rotation on, Reloader installed with its CSI integration, once', () => {
    const { state, first, second } = runTwice(answers({ reads: 'file', rotate: 'restart' }), 2)
    expect(first.stderr).not.toMatch(/stub (az|kubectl|helm): unknown/)
    expect(first.code, first.stderr).toBe(0)
    expect(readState(state, 'addon/rotation')).toBe('true\n')
    expect(readState(state, 'helm/releases/reloader/reloader')).toBe(
      'stakater/reloader\nreloader.enableCSIIntegration=true\n',
    )
    expect(second.code, second.stderr).toBe(0)
    expect(mutatingCalls(second.calls)).toEqual([])
  })

  it('option 2: an existing Reloader without its CSI integration is upgraded once to turn it on', () => {
    const { state, first, second } = runTwice(
      answers({ reads: 'file' }),
      2,
      world({ helmReleases: { 'reloader/reloader': { chart: 'stakater/reloader' } } }),
    )
    expect(first.code, first.stderr).toBe(0)
    expect(mutatingCalls(first.calls).filter((c) => c.startsWith('helm'))).toEqual([
      'helm upgrade reloader stakater/reloader',
    ])
    expect(readState(state, 'helm/releases/reloader/reloader')).toContain(
      'reloader.enableCSIIntegration=true',
    )
    expect(mutatingCalls(second.calls)).toEqual([])
  })

  it.each(['csi', 'eso'] as const)('option 3 (%s): Reloader installed plainly, once', (sync) => {
    const { state, first, second } = runTwice(
      answers({ sync, auth: 'uami', ...(sync === 'eso' ? { client: CLIENT } : {}) }),
      3,
      world({ kubeletClientId: CLIENT, kubeletObjectId: '1e2d3c4b-5555-4a6b-8c7d-888899990000' }),
    )
    expect(first.code, first.stderr).toBe(0)
    expect(readState(state, 'helm/releases/reloader/reloader')).toBe('stakater/reloader\n')
    expect(mutatingCalls(second.calls)).toEqual([])
  })
})

describe('README of the folder', () => {
  const readme = (a: Answers, option: OptionId) =>
    runnableFolder(generate(a, option), []).find((f) => f.name === 'README.md')?.content ?? ''

  it('names Reloader, and for option 2 its CSI integration and the rotation it needs', () => {
    expect(readme(answers({ reads: 'file' }), 2)).toMatch(
      /## Operators[\s\S]*Reloader[\s\S]*rotation is on[\s\S]*reloader\.enableCSIIntegration=true/,
    )
    expect(readme(answers(), 3)).toContain('`secret.reloader.stakater.com/reload`')
    expect(readme(answers({ sync: 'eso' }), 3)).toMatch(/External Secrets Operator[\s\S]*Reloader/)
  })

  it('a link without sync or reload has no Operators section (old links keep their README)', () => {
    expect(readme(seedAnswers(), 3)).not.toContain('## Operators')
  })
})
