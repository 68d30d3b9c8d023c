import { loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { allCombinations, CLIENT, obj, seedAnswers, TENANT } from '../../test-support/answers.ts'
import { CRD_MISSING, schemaProblems } from '../../test-support/schemas.ts'
import type { Answers, OptionId } from '../answers/model.ts'
import { checkProviderRules } from '../check/provider-rules.ts'
import { generate } from './index.ts'
import type { Manifest } from './types.ts'

const byKind = (manifests: Manifest[], kind: string): Manifest | undefined =>
  manifests.find((m) => m.kind === kind)

type Loose = Record<string, unknown>
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Loose | undefined)?.[key as string], value)

const spcParameters = (a: Answers, option: OptionId): Loose =>
  at(byKind(generate(a, option).manifests, 'SecretProviderClass'), 'spec', 'parameters') as Loose

const podSpec = (a: Answers, option: OptionId): Loose =>
  at(byKind(generate(a, option).manifests, 'Deployment'), 'spec', 'template', 'spec') as Loose

describe('generate: every combination', () => {
  const combos = allCombinations()

  it.skipIf(CRD_MISSING).each(combos.map((c) => [c.label, c] as const))(
    '%s: valid schemas and provider rules',
    (_label, combo) => {
      const generated = generate(combo.answers, combo.option)
      expect(generated.manifests.flatMap(schemaProblems)).toEqual([])
      expect(checkProviderRules(generated.manifests)).toEqual([])
    },
  )

  it('allManifests is a stream of exactly the manifests, and each manifest has its own file', () => {
    for (const { answers, option } of combos) {
      const generated = generate(answers, option)
      expect(loadAll(generated.allManifests)).toEqual(generated.manifests)
      const manifestFiles = generated.files.filter((f) => f.kind === 'manifest')
      // A per-vault file's tab also names its vault: "SecretProviderClass (kv-shared)".
      expect(manifestFiles.map((f) => f.title.replace(/ \(.*\)$/, ''))).toEqual(
        generated.manifests.map((m) => m.kind),
      )
    }
  })
})

describe('generate: files and order', () => {
  it('option 1: service account, deployment, script, then the code sample', () => {
    const names = generate(seedAnswers(), 1).files.map((f) => f.name)
    expect(names).toEqual(['serviceaccount.yaml', 'deployment.yaml', 'azure-setup.sh', 'app.py'])
  })

  it('option 2 with env vars adds the start-up script ConfigMap before the SecretProviderClass', () => {
    const g = generate({ ...seedAnswers(), auth: 'workload' }, 2)
    expect(g.manifests.map((m) => m.kind)).toEqual([
      'ServiceAccount',
      'ConfigMap',
      'SecretProviderClass',
      'Deployment',
    ])
    expect(g.files.map((f) => f.name)).toEqual([
      'serviceaccount.yaml',
      'configmap.yaml',
      'secretproviderclass.yaml',
      'deployment.yaml',
      'azure-setup.sh',
    ])
  })

  it('option 3 has no code sample and no ConfigMap', () => {
    const g = generate(seedAnswers(), 3)
    expect(g.files.map((f) => f.name)).toEqual([
      'secretproviderclass.yaml',
      'deployment.yaml',
      'azure-setup.sh',
    ])
  })

  it.each([
    ['python', 'app.py'],
    ['dotnet', 'Program.cs'],
    ['java', 'App.java'],
    ['node', 'app.js'],
    ['go', 'main.go'],
  ] as const)('option 1 in %s gives %s', (lang, file) => {
    expect(generate({ ...seedAnswers(), lang }, 1).files.at(-1)?.name).toBe(file)
  })
})

describe('generate: option 1', () => {
  it('runs the pod as the annotated service account with the webhook label and the vault URL', () => {
    const g = generate(seedAnswers(), 1)
    expect(byKind(g.manifests, 'ServiceAccount')?.metadata.annotations).toEqual({
      'azure.workload.identity/client-id': CLIENT,
      'azure.workload.identity/tenant-id': TENANT,
    })
    const template = at(byKind(g.manifests, 'Deployment'), 'spec', 'template')
    expect(at(template, 'metadata', 'labels')).toEqual({ app: 'demo', 'azure.workload.identity/use': 'true' })
    expect(at(template, 'spec', 'serviceAccountName')).toBe('demo')
    expect(at(template, 'spec', 'volumes')).toBeUndefined()
    expect(at(template, 'spec', 'containers', 0, 'env')).toEqual([
      { name: 'KEY_VAULT_URL', value: 'https://kv-aks-cloudadventures.vault.azure.net/' },
    ])
  })

  it.each([
    ['AzureUSGovernmentCloud', 'https://kv-aks-cloudadventures.vault.usgovcloudapi.net/'],
    ['AzureChinaCloud', 'https://kv-aks-cloudadventures.vault.azure.cn/'],
  ] as const)('uses the vault DNS suffix of %s', (cloud, url) => {
    expect(at(podSpec({ ...seedAnswers(), cloud }, 1), 'containers', 0, 'env', 0, 'value')).toBe(url)
  })

  it('declares a port only when one is given', () => {
    expect(at(podSpec(seedAnswers(), 1), 'containers', 0, 'ports')).toEqual([{ containerPort: 80 }])
    expect(at(podSpec({ ...seedAnswers(), port: '' }, 1), 'containers', 0, 'ports')).toBeUndefined()
  })
})

describe('generate: SecretProviderClass identity parameters', () => {
  const base = (auth: Answers['auth']): Answers => ({ ...seedAnswers(), auth })
  const identityKeys = ['clientID', 'useVMManagedIdentity', 'userAssignedIdentityID', 'usePodIdentity']
  const identityOf = (params: Loose): Loose =>
    Object.fromEntries(Object.entries(params).filter(([k]) => identityKeys.includes(k)))

  it.each([
    ['workload', { clientID: CLIENT }],
    ['uami', { useVMManagedIdentity: 'true', userAssignedIdentityID: CLIENT }],
    ['system', { useVMManagedIdentity: 'true' }],
    ['sp', {}],
    ['podidentity', { usePodIdentity: 'true' }],
  ] as const)('%s', (auth, expected) => {
    expect(identityOf(spcParameters(base(auth), 2))).toEqual(expected)
  })

  it('always names the vault and tenant with the spellings the provider reads', () => {
    const params = spcParameters(seedAnswers(), 2)
    expect(params['keyvaultName']).toBe('kv-aks-cloudadventures')
    expect(params['tenantID']).toBe(TENANT)
    expect(params).not.toHaveProperty('tenantId')
  })

  it('names the cloud only when it is not the public cloud', () => {
    expect(spcParameters(seedAnswers(), 2)).not.toHaveProperty('cloudName')
    expect(spcParameters({ ...seedAnswers(), cloud: 'AzureChinaCloud' }, 2)['cloudName']).toBe(
      'AzureChinaCloud',
    )
  })

  it('workload identity: the pod runs as the service account the SecretProviderClass token comes from', () => {
    const g = generate(base('workload'), 3)
    expect(byKind(g.manifests, 'ServiceAccount')?.metadata.name).toBe('demo')
    expect(podSpec(base('workload'), 3)['serviceAccountName']).toBe('demo')
    expect(podSpec(base('uami'), 3)).not.toHaveProperty('serviceAccountName')
  })

  it('service principal: the volume names the credentials Secret, which is never a manifest', () => {
    const g = generate(base('sp'), 2)
    expect(at(podSpec(base('sp'), 2), 'volumes', 0, 'csi', 'nodePublishSecretRef')).toEqual({
      name: 'demo-kv-creds',
    })
    expect(g.manifests.map((m) => m.kind)).not.toContain('Secret')
    expect(g.allManifests).not.toContain('clientsecret')
  })

  it('pod identity: the pod carries the binding label', () => {
    const g = generate(base('podidentity'), 2)
    expect(at(byKind(g.manifests, 'Deployment'), 'spec', 'template', 'metadata', 'labels')).toEqual({
      app: 'demo',
      aadpodidbinding: 'demo',
    })
  })
})

describe('generate: the CSI volume', () => {
  it('is read-only, names the SecretProviderClass in the same namespace, and is mounted read-only', () => {
    const a = { ...seedAnswers(), ns: 'payments', spc: 'payments-kv', mount: '/etc/secrets' }
    const g = generate(a, 2)
    expect(byKind(g.manifests, 'SecretProviderClass')?.metadata).toMatchObject({
      name: 'payments-kv',
      namespace: 'payments',
    })
    const spec = podSpec(a, 2)
    expect(at(spec, 'volumes', 0)).toEqual({
      name: 'secrets-store',
      csi: {
        driver: 'secrets-store.csi.k8s.io',
        readOnly: true,
        volumeAttributes: { secretProviderClass: 'payments-kv' },
      },
    })
    expect(at(spec, 'containers', 0, 'volumeMounts', 0)).toEqual({
      name: 'secrets-store',
      mountPath: '/etc/secrets',
      readOnly: true,
    })
  })

  it('option 3 keeps the volume mounted: the synced Secret exists only while it is', () => {
    expect(at(podSpec(seedAnswers(), 3), 'containers', 0, 'volumeMounts', 0, 'name')).toBe('secrets-store')
  })

  it('option 3 syncs the mounted file name (the alias) under a Secret-safe key', () => {
    const a = { ...seedAnswers(), objects: [obj('db-password', { env: 'DB_PASSWORD', file: 'db/password' })] }
    const spc = byKind(generate(a, 3).manifests, 'SecretProviderClass')
    expect(at(spc, 'spec', 'secretObjects')).toEqual([
      {
        secretName: 'demo-kv-secrets',
        type: 'Opaque',
        data: [{ objectName: 'db/password', key: 'db.password' }],
      },
    ])
    expect(at(podSpec(a, 3), 'containers', 0, 'env')).toEqual([
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'demo-kv-secrets', key: 'db.password' } } },
    ])
  })

  it('option 3 without env vars syncs nothing', () => {
    const a = { ...seedAnswers(), objects: [obj('cert-bundle')] }
    expect(at(byKind(generate(a, 3).manifests, 'SecretProviderClass'), 'spec')).not.toHaveProperty(
      'secretObjects',
    )
  })

  it('with no objects yet, shows a placeholder object rather than an empty list', () => {
    const params = spcParameters({ ...seedAnswers(), objects: [] }, 2)
    expect(params['objects']).toContain('objectName: <secret-name>')
  })
})

describe('generate: option 2 start-up wrapper', () => {
  it('runs the app through the mounted script when the app reads env vars', () => {
    const a = { ...seedAnswers(), cmd: '  python  app.py --port 80 ' }
    const spec = podSpec(a, 2)
    expect(at(spec, 'containers', 0, 'command')).toEqual(['/bin/sh', '/opt/env-from-files/env-from-files.sh'])
    expect(at(spec, 'containers', 0, 'args')).toEqual(['python', 'app.py', '--port', '80'])
    expect(at(spec, 'volumes', 1)).toEqual({
      name: 'env-from-files',
      configMap: { name: 'demo-env-from-files' },
    })
    expect(at(spec, 'containers', 0, 'volumeMounts', 1)).toEqual({
      name: 'env-from-files',
      mountPath: '/opt/env-from-files',
      readOnly: true,
    })
  })

  it('holds a placeholder command until the user gives one', () => {
    expect(at(podSpec({ ...seedAnswers(), cmd: '' }, 2), 'containers', 0, 'args')).toEqual([
      '<start-command>',
    ])
  })

  it('is left out when no object has an env var, and in option 3', () => {
    const files = { ...seedAnswers(), objects: [obj('a')] }
    expect(generate(files, 2).manifests.map((m) => m.kind)).not.toContain('ConfigMap')
    expect(at(podSpec(files, 2), 'containers', 0)).not.toHaveProperty('command')
    expect(generate(seedAnswers(), 3).manifests.map((m) => m.kind)).not.toContain('ConfigMap')
  })
})
