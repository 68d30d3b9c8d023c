import { describe, expect, it } from 'vitest'
import { allCombinations, obj, seedAnswers } from '../../test-support/answers.ts'
import { LANG_VALUES, type Answers } from '../answers/model.ts'
import type { IDeployment, Manifest } from '../k8s/types.ts'
import { runEngine } from '../engine.ts'
import { leversFor } from '../recommend/levers.ts'
import { generate } from './index.ts'

// Issue 17, several vaults per app: a class, volume, mount and synced Secret per vault, with names no two
// vaults share (two classes of one name silently collapse into the last applied: secrets-store-csi-driver#1449)
// and mounts never inside one another.

type Loose = Record<string, unknown>
const twoVaults: Answers = {
  ...seedAnswers(),
  reload: 'reloader',
  objects: [
    obj('db-password', { env: 'DB_PASSWORD' }),
    obj('api-key', { env: 'API_KEY', vault: 'kv-shared' }),
    obj('tls', { type: 'cert', file: 'tls.crt', vault: 'kv-shared' }),
  ],
}
const ofKind = (ms: readonly Manifest[], kind: string) =>
  ms.filter((m) => m.kind === kind) as unknown as Loose[]
const podOf = (ms: readonly Manifest[]) => {
  const d = ms.find((m) => m.kind === 'Deployment') as unknown as IDeployment
  return d.spec!.template.spec!
}
const nested = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`)

describe('an app reading two vaults', () => {
  it('option 3, driver sync: two classes, two volumes, and each env var reads a key its class syncs', () => {
    const g = generate(twoVaults, 3)
    const classes = ofKind(g.manifests, 'SecretProviderClass')
    expect(classes.map((c) => (c['metadata'] as Loose)['name'])).toEqual([
      'demo-keyvault-kv-aks-cloudadventures',
      'demo-keyvault-kv-shared',
    ])
    const pod = podOf(g.manifests)
    expect(pod.volumes?.map((v) => [v.name, v.csi?.volumeAttributes?.['secretProviderClass']])).toEqual([
      ['secrets-store-kv-aks-cloudadventures', 'demo-keyvault-kv-aks-cloudadventures'],
      ['secrets-store-kv-shared', 'demo-keyvault-kv-shared'],
    ])
    const mounts = pod.containers[0]!.volumeMounts!.map((m) => m.mountPath)
    expect(mounts).toEqual(['/mnt/secrets-store/kv-aks-cloudadventures', '/mnt/secrets-store/kv-shared'])
    const synced = new Set(
      classes.flatMap((c) =>
        ((c['spec'] as Loose)['secretObjects'] as { secretName: string; data: { key: string }[] }[]).flatMap(
          (s) => s.data.map((d) => `${s.secretName}/${d.key}`),
        ),
      ),
    )
    const reads = pod.containers[0]!.env!.map((e) => {
      const ref = e.valueFrom!.secretKeyRef!
      return `${ref.name}/${ref.key}`
    })
    expect(reads).toEqual([
      'demo-kv-secrets-kv-aks-cloudadventures/db-password',
      'demo-kv-secrets-kv-shared/api-key',
    ])
    for (const read of reads) expect(synced).toContain(read)
    // Reloader watches both synced Secrets (its annotation takes a comma-separated list).
    const deployment = g.manifests.find((m) => m.kind === 'Deployment')!
    expect(deployment.metadata.annotations).toEqual({
      'secret.reloader.stakater.com/reload':
        'demo-kv-secrets-kv-aks-cloudadventures,demo-kv-secrets-kv-shared',
    })
  })

  it('option 3 with External Secrets Operator: a store per vault, each ExternalSecret from its own store', () => {
    const g = generate({ ...twoVaults, auth: 'workload', sync: 'eso' }, 3)
    const stores = ofKind(g.manifests, 'SecretStore')
    expect(
      stores.map((s) => [
        (s['metadata'] as Loose)['name'],
        ((s['spec'] as Loose)['provider'] as Loose)['azurekv'],
      ]),
    ).toEqual([
      [
        'demo-keyvault-kv-aks-cloudadventures',
        expect.objectContaining({ vaultUrl: 'https://kv-aks-cloudadventures.vault.azure.net' }),
      ],
      ['demo-keyvault-kv-shared', expect.objectContaining({ vaultUrl: 'https://kv-shared.vault.azure.net' })],
    ])
    const externals = ofKind(g.manifests, 'ExternalSecret').map((e) => e['spec'] as Loose)
    expect(
      externals.map((e) => [(e['secretStoreRef'] as Loose)['name'], (e['target'] as Loose)['name']]),
    ).toEqual([
      ['demo-keyvault-kv-aks-cloudadventures', 'demo-kv-secrets-kv-aks-cloudadventures'],
      ['demo-keyvault-kv-shared', 'demo-kv-secrets-kv-shared'],
    ])
    const written = new Set(
      externals.flatMap((e) =>
        (e['data'] as { secretKey: string }[]).map(
          (d) => `${(e['target'] as Loose)['name'] as string}/${d.secretKey}`,
        ),
      ),
    )
    const pod = podOf(g.manifests)
    expect(pod.volumes).toBeUndefined()
    for (const e of pod.containers[0]!.env!)
      expect(written).toContain(`${e.valueFrom!.secretKeyRef!.name}/${e.valueFrom!.secretKeyRef!.key}`)
  })

  it('option 2’s wrapper reads each file under its own vault’s mount', () => {
    const g = generate({ ...twoVaults, copy: 'no', cmd: 'python app.py' }, 2)
    const script = String(
      ((g.manifests.find((m) => m.kind === 'ConfigMap') as unknown as Loose)['data'] as Loose)[
        'env-from-files.sh'
      ],
    )
    expect(script).toContain("cat -- '/mnt/secrets-store/kv-aks-cloudadventures/db-password'")
    expect(script).toContain("cat -- '/mnt/secrets-store/kv-shared/api-key'")
    expect(g.manifests.find((m) => m.kind === 'Deployment')!.metadata.annotations).toEqual({
      'secretproviderclass.reloader.stakater.com/reload':
        'demo-keyvault-kv-aks-cloudadventures,demo-keyvault-kv-shared',
    })
  })

  it.each(LANG_VALUES)(
    'option 1 (%s): a URL variable per vault; the sample reads the first vault and names what it leaves',
    (lang) => {
      const g = generate({ ...twoVaults, code: 'yes', lang }, 1)
      expect(podOf(g.manifests).containers[0]!.env).toEqual([
        { name: 'KEY_VAULT_URL', value: 'https://kv-aks-cloudadventures.vault.azure.net/' },
        { name: 'KEY_VAULT_URL_KV_SHARED', value: 'https://kv-shared.vault.azure.net/' },
      ])
      const sample = g.files.find((f) => f.kind === 'code')?.content ?? ''
      expect(sample).toContain('"api-key", "tls" from the vault whose URL is in KEY_VAULT_URL_KV_SHARED')
      // The reads below the note are the first vault's objects only.
      const body = sample.slice(sample.indexOf('KEY_VAULT_URL_KV_SHARED') + 30)
      expect(body).toContain('db-password')
      expect(body).not.toMatch(/api-key/)
    },
  )

  it('one vault written two ways (kv, or its name in another case) is one class, named as before', () => {
    const oneVault = {
      ...seedAnswers(),
      objects: [obj('a', { env: 'A' }), obj('b', { env: 'B', vault: 'KV-AKS-CloudAdventures' })],
    }
    const g = generate(oneVault, 3)
    expect(g.files.map((f) => f.name)).toContain('secretproviderclass.yaml')
    expect(ofKind(g.manifests, 'SecretProviderClass').map((c) => (c['metadata'] as Loose)['name'])).toEqual([
      'demo-keyvault',
    ])
  })

  it('in every combination, no two classes, volumes or files share a name, and no mount is inside another', () => {
    for (const { label, answers, option } of allCombinations(['two vaults'])) {
      const g = generate(answers, option)
      const names = (kind: string) => ofKind(g.manifests, kind).map((m) => (m['metadata'] as Loose)['name'])
      for (const kind of ['SecretProviderClass', 'SecretStore', 'ExternalSecret'])
        expect(new Set(names(kind)).size, label).toBe(names(kind).length)
      expect(new Set(g.files.map((f) => f.name)).size, label).toBe(g.files.length)
      const pod = podOf(g.manifests)
      const volumes = (pod.volumes ?? []).map((v) => v.name)
      expect(new Set(volumes).size, label).toBe(volumes.length)
      const mounts = (pod.containers[0]!.volumeMounts ?? []).map((m) => m.mountPath)
      mounts.forEach((a, i) =>
        mounts.slice(i + 1).forEach((b) => expect(nested(a, b), `${label}: ${a} ${b}`).toBe(false)),
      )
    }
  })
})

describe('the app of two vaults is one app to the recommendation, the levers and the readiness', () => {
  // The same objects, all in the kv vault: what is said about the app must not change, nor repeat per vault.
  const oneVault: Answers = { ...twoVaults, objects: twoVaults.objects.map((o) => ({ ...o, vault: '' })) }
  const pinned = (a: Answers): Answers => ({
    ...a,
    rotate: 'live',
    objects: a.objects.map((o) => ({ ...o, version: '0123456789abcdef0123456789abcdef' })),
  })

  it.each([
    ['the seed answers', (a: Answers) => a],
    ['pinned versions, rotation while running', pinned],
  ])('%s: the same recommendation, warnings once each, and the same levers', (_label, vary) => {
    const two = runEngine(vary(twoVaults))
    const one = runEngine(vary(oneVault))
    expect(two.recommendation).toEqual(one.recommendation)
    const ids = two.recommendation.warnings.map((w) => w.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(leversFor(vary(twoVaults))).toEqual(leversFor(vary(oneVault)))
    expect(two.issues).toEqual(one.issues)
  })

  it('readiness lists each vault’s file once, and a missing tenant once for the app', () => {
    const two = runEngine({ ...twoVaults, tenant: '' })
    const missing = two.readiness.missing.map((m) => m.key)
    expect(missing.filter((k) => k === 'tenant')).toHaveLength(1)
    expect(two.readiness.files.map((f) => f.name)).toEqual(two.generated.files.map((f) => f.name))
    const withTenant = two.readiness.files.filter((f) => f.keys.includes('tenant')).map((f) => f.name)
    expect(withTenant).toEqual(
      expect.arrayContaining([
        'secretproviderclass-kv-aks-cloudadventures.yaml',
        'secretproviderclass-kv-shared.yaml',
      ]),
    )
  })
})
