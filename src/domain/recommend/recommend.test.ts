import { describe, expect, it } from 'vitest'
import { emptyAnswers, type Choices } from '../answers/model.ts'
import { recommend } from './recommend.ts'
import type { Recommendation } from './types.ts'

const answers = (choices: Choices) => ({ ...emptyAnswers(), rg: 'rg-demo', cluster: 'aks-demo', ...choices })
const envApp = { code: 'no', reads: 'env', copy: 'ok' } as const

const cell = (rec: Recommendation, key: string, option: 1 | 2 | 3) => {
  const row = rec.table.find((r) => r.key === key)
  if (!row) throw new Error(`no row ${key}`)
  return row.cells[option]
}
const warning = (rec: Recommendation, id: string) => rec.warnings.find((w) => w.id === id)

describe('which option', () => {
  it('recommends option 1 when the code can change', () => {
    const rec = recommend(answers({ code: 'yes', reads: 'env', copy: 'ok' }))
    expect(rec.recommended).toBe(1)
    expect(rec.roadmap).toEqual([])
  })

  it('recommends option 2 without a wrapper for an app that reads files', () => {
    const rec = recommend(answers({ code: 'no', reads: 'file', copy: 'ok' }))
    expect(rec).toMatchObject({ recommended: 2, wrapper: false })
    expect(cell(rec, 'reads', 2).verdict).toBe('fits')
  })

  it('recommends option 3 for an env-var app that allows a copy', () => {
    expect(recommend(answers(envApp)).recommended).toBe(3)
  })

  it('turns to option 2 with a wrapper, option 1 on the roadmap, when no copy is allowed', () => {
    const rec = recommend(answers({ ...envApp, copy: 'no' }))
    expect(rec).toMatchObject({ recommended: 2, generated: 2, wrapper: true })
    expect(rec.summary).toMatch(/wrapper/)
    expect(rec.roadmap.join(' ')).toMatch(/start-up wrapper/)
  })
})

describe('verdicts', () => {
  it('says option 1 does not fit code that cannot change', () => {
    expect(cell(recommend(answers(envApp)), 'code', 1)).toMatchObject({
      verdict: 'no',
      reason: /code change/,
    })
  })

  it('says option 3 does not fit when no copy is allowed, because it stores one', () => {
    const c = cell(recommend(answers({ ...envApp, copy: 'no' })), 'copy', 3)
    expect(c).toMatchObject({ verdict: 'no', reason: /copy of each secret in a Kubernetes Secret/ })
  })

  it('gives option 2 a caveat for an env-var app, naming the wrapper', () => {
    expect(cell(recommend(answers(envApp)), 'reads', 2)).toMatchObject({
      verdict: 'caveat',
      reason: /wrapper/,
    })
  })

  it('lets option 1 fit live rotation, with a cache time-to-live', () => {
    expect(cell(recommend(answers({ code: 'yes', rotate: 'live' })), 'rotate', 1)).toMatchObject({
      verdict: 'fits',
      reason: /time-to-live/,
    })
  })

  it('lets option 2 files follow live rotation, except files mounted with subPath', () => {
    const rec = recommend(answers({ code: 'no', reads: 'file', rotate: 'live' }))
    expect(cell(rec, 'rotate', 2)).toMatchObject({ verdict: 'caveat', reason: /subPath/ })
    expect(warning(rec, 'subpath-not-updated')).toBeDefined()
  })

  it('marks the identity of options 2 and 3 as coarse for node identities', () => {
    const uami = recommend(answers({ ...envApp, auth: 'uami' }))
    expect(cell(uami, 'auth', 3)).toMatchObject({ verdict: 'caveat', reason: /every pod on the nodes/ })
    const system = recommend(answers({ ...envApp, auth: 'system' }))
    expect(cell(system, 'auth', 2)).toMatchObject({ verdict: 'caveat', reason: /any pod on the node/ })
  })

  it('says option 1 moves any other identity to Workload Identity', () => {
    for (const auth of ['uami', 'system', 'sp', 'podidentity'] as const)
      expect(cell(recommend(answers({ auth })), 'auth', 1)).toMatchObject({
        verdict: 'caveat',
        reason: /moves from .* to Workload Identity/,
      })
    expect(cell(recommend(answers({ auth: 'workload' })), 'auth', 1).verdict).toBe('fits')
  })

  it('marks rows built from assumed answers', () => {
    const rec = recommend(answers({ code: 'no' }))
    const code = rec.table.find((r) => r.key === 'code')
    const copy = rec.table.find((r) => r.key === 'copy')
    expect(code).toMatchObject({ assumed: false, answer: 'No, not now' })
    expect(copy).toMatchObject({ assumed: true, answer: 'No copy in the cluster (assumed)' })
  })
})

describe('warnings', () => {
  it('warns that env vars only change on restart when secrets rotate while running, with Reloader as remedy', () => {
    const w = warning(recommend(answers({ ...envApp, rotate: 'live' })), 'env-vars-need-restart')
    expect(w?.text).toMatch(/only change when the pod restarts/)
    expect(w?.remedy).toMatch(/stakater\/Reloader.*synced Secret|synced Secret.*Reloader/)
    expect(w?.remedy).toMatch(/read the mounted files/)
  })

  it('asks to enable rotation on the add-on for options 2 and 3 when rotated secrets matter', () => {
    for (const [rotate, choices] of [
      ['restart', envApp],
      ['live', envApp],
      ['live', { code: 'no', reads: 'file' } as const],
    ] as const) {
      const w = warning(recommend(answers({ ...choices, rotate })), 'rotation-off-by-default')
      expect(w?.remedy).toContain(
        'az aks addon update -g rg-demo -n aks-demo --addon azure-keyvault-secrets-provider --enable-secret-rotation --rotation-poll-interval 2m',
      )
    }
    expect(
      warning(recommend(answers({ ...envApp, rotate: 'none' })), 'rotation-off-by-default'),
    ).toBeUndefined()
    // Option 2 reads Key Vault on every mount: a new pod gets the current version without rotation.
    const restart2 = recommend(answers({ code: 'no', reads: 'file', rotate: 'restart' }))
    expect(restart2.generated).toBe(2)
    expect(warning(restart2, 'rotation-off-by-default')).toBeUndefined()
    expect(cell(restart2, 'rotate', 2).verdict).toBe('fits')
    expect(cell(restart2, 'rotate', 2).reason).not.toMatch(/needs rotation/)
    expect(
      warning(recommend(answers({ code: 'yes', rotate: 'live' })), 'rotation-off-by-default'),
    ).toBeUndefined()
  })

  it('warns that a pinned version never rotates, when rotation while running is asked for', () => {
    const pinned = {
      ...answers({ code: 'no', reads: 'file', rotate: 'live' }),
      objects: [
        {
          name: 'db',
          type: 'secret' as const,
          env: '',
          file: '',
          version: '0123456789abcdef0123456789abcdef',
          vault: '',
        },
      ],
    }
    expect(warning(recommend(pinned), 'rotation-pinned-version')?.text).toMatch(
      /^db is pinned to one version, which never rotates/,
    )
    expect(warning(recommend({ ...pinned, rotate: 'restart' }), 'rotation-pinned-version')).toBeUndefined()
    expect(warning(recommend({ ...pinned, code: 'yes' }), 'rotation-pinned-version')).toBeDefined()
  })

  it('with a service principal and no copy allowed, says the cluster stores a credential that reads the vault', () => {
    const rec = recommend(answers({ code: 'no', reads: 'env', copy: 'no', auth: 'sp' }))
    expect(rec.generated).toBe(2)
    expect(cell(rec, 'copy', 2).verdict).toBe('caveat')
    expect(cell(rec, 'copy', 2).reason).toMatch(
      /Kubernetes Secret holding a credential that can read the vault/,
    )
    expect(warning(rec, 'copy-sp-credential-in-cluster')?.text).toContain(
      'client secret that can read the vault',
    )
    expect(
      cell(recommend(answers({ code: 'no', reads: 'env', copy: 'no', auth: 'workload' })), 'copy', 2).verdict,
    ).toBe('fits')
  })

  it('warns that aad-pod-identity is deprecated and points to Workload Identity', () => {
    const w = warning(recommend(answers({ ...envApp, auth: 'podidentity' })), 'auth-podidentity-deprecated')
    expect(w?.text).toMatch(/deprecated.*2022-10-24/)
    expect(w?.text).toMatch(/archived in October 2023: it receives no fixes/)
    expect(w?.remedy).toMatch(/Workload Identity/)
  })

  it('warns that a service principal leaves its credential in the cluster', () => {
    const w = warning(recommend(answers({ ...envApp, auth: 'sp' })), 'auth-sp-credential-in-cluster')
    expect(w?.text).toMatch(/Kubernetes Secret/)
    expect(w?.remedy).toMatch(/Workload Identity/)
  })

  it('has no warning when nothing is in doubt', () => {
    expect(
      recommend(answers({ code: 'yes', auth: 'workload', rotate: 'live', user: 'nonroot' })).warnings,
    ).toEqual([])
  })
})

describe('when the user picks the option', () => {
  it('generates the chosen option and lists each answer it goes against', () => {
    const rec = recommend(answers({ code: 'no', reads: 'env', copy: 'no', opt: 3 }))
    expect(rec).toMatchObject({ recommended: 2, generated: 3, wrapper: false })
    expect(rec.title).toBe('CSI driver synced to a Kubernetes Secret, exposed as env vars')
    expect(rec.violations).toEqual([
      'Option 3 keeps a copy of each secret in a Kubernetes Secret, which goes against “Copy in a Kubernetes Secret: No copy in the cluster”.',
    ])

    const one = recommend(answers({ ...envApp, opt: 1 }))
    expect(one.violations).toHaveLength(1)
    expect(one.violations[0]).toMatch(/^Option 1 needs a code change.*Code can change: No, not now/)
  })

  it('turns the caveats of the chosen option into warnings', () => {
    const rec = recommend(answers({ code: 'yes', reads: 'env', opt: 2 }))
    expect(rec.wrapper).toBe(true)
    expect(rec.violations).toEqual([])
    expect(warning(rec, 'env-from-files-wrapper')?.remedy).toMatch(/start command/)
  })

  it('keeps the recommendation and its reasons while generating another option', () => {
    const rec = recommend(answers({ ...envApp, opt: 2 }))
    expect(rec.recommended).toBe(3)
    expect(rec.reasons.every((r) => r.includes('option 3'))).toBe(true)
    expect(rec.summary).toMatch(/^You chose to generate option 2, although option 3 fits/)
  })
})
