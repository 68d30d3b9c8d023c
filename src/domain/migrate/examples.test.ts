import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkProviderRules, emptyAnswers, fields, list, type Manifest } from './shared/bridge.ts'
import { CRD_MISSING, schemaProblems } from '../../test-support/schemas.ts'
import { answersFromInput, mergeAnswers } from './answers-from-input.ts'
import { documentDiffs } from './diff.ts'
import { migrate, type MigrationResult } from './migrate.ts'
import { readInputs } from './read.ts'
import { CHART, CHART_FILE, chartStream } from '../../test-support/chart-stream.ts'
import { SEED_ARTICLE_FILE, SEED_ARTICLE_MISSING, seedArticleYaml } from '../../test-support/seed-article.ts'
import { complete, container, kinds, params, secretObjects, spcs, workload } from './test-kit.ts'

// The second seed article's own YAML (read from ../shared/seeds), akv2k8s resources in the shapes its
// documentation teaches (fixtures/SOURCES.md), and a `helm template`-like stream of a controller chart, the
// last two written for this project.
const fixture = (path: string) => ({
  name: path,
  text:
    path === SEED_ARTICLE_FILE
      ? seedArticleYaml()
      : readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'),
})
const read = (...paths: string[]) => {
  const input = readInputs(paths.map(fixture))
  expect(input.errors).toEqual([])
  return input
}

function valid(r: MigrationResult): void {
  const manifests = r.output
    .filter((d) => d.change !== 'unchanged')
    .map((d) => d.object as unknown as Manifest)
  expect(manifests.flatMap(schemaProblems)).toEqual([])
  expect(checkProviderRules(manifests)).toEqual([])
}

describe.skipIf(SEED_ARTICLE_MISSING)(
  'the second seed article (shared/seeds/004): SecretProviderClass azure-sync and its pod',
  () => {
    const input = SEED_ARTICLE_MISSING ? readInputs([]) : read(SEED_ARTICLE_FILE)
    const r = migrate(input, emptyAnswers())

    it('finds its KeyvaultName slip, with the spelling to write', () => {
      expect(r.lint.map((f) => f.message)).toContain(
        'parameters.KeyvaultName is not read: parameter names are case-sensitive, write keyvaultName',
      )
      expect(r.lint[0]?.at).toEqual({ file: SEED_ARTICLE_FILE, document: 1, line: 1 })
    })
    it('reads the answers it holds: vault, identity, objects, the env var fed from the synced Secret', () => {
      const a = answersFromInput(input)
      expect(a).toMatchObject({
        kv: 'mischakv01',
        auth: 'uami',
        client: 'ceb19a0a-941a-4f33-839d-aeace8ffe205',
        spc: 'azure-sync',
        code: 'no',
        copy: 'ok',
        reads: 'env',
      })
      expect(a.objects).toEqual([
        { name: 'ExampleSecret', type: 'secret', env: '', file: '', version: '', vault: '' },
        { name: 'env-secret', type: 'secret', env: 'SECRET_USERNAME', file: '', version: '', vault: '' },
      ])
    })
    it('recommends option 3, as the article chose, and keeps the pod that already mounts the class', () => {
      expect(r.recommendation.recommended).toBe(3)
      expect(r.output.map((d) => d.change)).toEqual(['unchanged', 'unchanged'])
    })
  },
)

// These check their output against the SecretProviderClass CRD (valid): without it, they are skipped.
describe.skipIf(CRD_MISSING)('akv2k8s documentation examples', () => {
  it('sync (secret-sync.yaml): an SPC keeping Secret db-credentials and key password', () => {
    const r = migrate(read('akv2k8s/secret-sync.yaml'), complete())
    expect(kinds(r)).toEqual(['SecretProviderClass'])
    expect(params(spcs(r)[0])['keyvaultName']).toBe('shopkv01')
    expect(secretObjects(spcs(r)[0])).toEqual([
      {
        secretName: 'db-credentials',
        type: 'Opaque',
        data: [{ objectName: 'db-password', key: 'password' }],
      },
    ])
    // No pod in the example reads the Secret: the report says the driver will not keep it without one.
    expect(r.rows.find((row) => row.construct.startsWith('Secret '))?.alternative?.[0]?.kind).toBe(
      'ExternalSecret',
    )
    valid(r)
  })
  it('TLS (certificate-sync.yaml): the certificate as objectType secret, keys tls.key and tls.crt', () => {
    const r = migrate(read('akv2k8s/certificate-sync.yaml'), complete())
    expect(secretObjects(spcs(r)[0])).toEqual([
      {
        secretName: 'web-tls',
        type: 'kubernetes.io/tls',
        data: [
          { objectName: 'web-tls-cert', key: 'tls.key' },
          { objectName: 'web-tls-cert', key: 'tls.crt' },
        ],
      },
    ])
    valid(r)
  })
  it('multi-key (multi-key-value-secret.yaml): not convertible, an ExternalSecret instead, no SPC', () => {
    const r = migrate(read('akv2k8s/multi-key-value-secret.yaml'), complete())
    expect(r.output).toEqual([])
    expect(r.rows.find((row) => row.status === 'not-convertible')?.alternative?.[0]).toMatchObject({
      spec: { target: { name: 'app-settings' }, dataFrom: [{ extract: { key: 'app-settings-json' } }] },
    })
  })
  it('several akvs into one Secret (multi-akvs-secret-sync.yaml): one secretObject, two keys', () => {
    const r = migrate(read('akv2k8s/multi-akvs-secret-sync.yaml'), complete())
    expect(secretObjects(spcs(r)[0])[0]?.['data']).toEqual([
      { objectName: 'payment-api-key', key: 'payment' },
      { objectName: 'mail-api-key', key: 'mail' },
    ])
  })
  it.each([
    ['ok' as const, 3],
    ['no' as const, 2],
  ])(
    'env injection (env-injection.yaml, spv.no/v1) with copy=%s: option %i, the Deployment patched in place',
    (copy, option) => {
      const r = migrate(read('akv2k8s/env-injection.yaml'), complete({ copy }))
      expect(r.option).toBe(option)
      expect(kinds(r)).toEqual(
        option === 3
          ? ['SecretProviderClass', 'Deployment']
          : ['SecretProviderClass', 'ConfigMap', 'Deployment'],
      )
      const c = container(workload(r, 'checkout'))
      const env = list(c['env']).map(fields)
      expect(env.map((e) => e['name'])).toEqual(
        option === 3 ? ['LOG_LEVEL', 'PAYMENT_TOKEN', 'GREETING'] : ['LOG_LEVEL', 'GREETING'],
      )
      expect(JSON.stringify(r.output.map((d) => d.object))).not.toContain('@azurekeyvault')
      if (option === 2)
        expect(c['args']).toEqual([
          '/bin/sh',
          '-c',
          'exec node server.js --port 8080 --token "$PAYMENT_TOKEN" --greeting "$GREETING"',
        ])
      valid(r)
    },
  )
  it('a migrated result read again changes nothing (idempotent)', () => {
    const once = migrate(read('akv2k8s/env-injection.yaml', 'akv2k8s/secret-sync.yaml'), complete())
    const twice = migrate(readInputs([{ name: 'out.yaml', text: once.yaml }]), complete())
    expect(twice.yaml).toBe(once.yaml)
    expect(twice.lint).toEqual([])
  })
})

describe.skipIf(CRD_MISSING)('a rendered controller chart: helm template output', () => {
  const input = readInputs([{ name: CHART_FILE, text: chartStream() }])
  it('reads every document of the stream', () => expect(input.errors).toEqual([]))
  const answers = complete({
    code: 'no',
    reads: 'env',
    kv: 'shop-kv',
    objects: [{ name: 'db-password', type: 'secret', env: 'DB_PASSWORD', file: '', version: '', vault: '' }],
  })
  const r = migrate(input, answers)

  it('takes the controller Deployment as the app, with its service account, and says what it ignored', () => {
    expect(answersFromInput(input)).toMatchObject({
      app: CHART.app,
      ns: CHART.ns,
      sa: CHART.sa,
    })
    expect(input.ignored.map((i) => i.kind)).toEqual(
      expect.arrayContaining([
        'Namespace',
        'ClusterRole',
        'Service',
        'IngressClass',
        'ValidatingWebhookConfiguration',
      ]),
    )
  })
  it('patches only the controller, keeps all 19 objects in order, adds the SecretProviderClass before it', () => {
    expect(r.output.filter((d) => d.change === 'patched').map((d) => d.source?.name)).toEqual([CHART.app])
    const kept = r.output.filter((d) => d.change !== 'added').map((d) => d.source?.name)
    expect(kept).toEqual(input.docs.map((d) => d.name))
    const i = r.output.findIndex((d) => d.change === 'patched')
    expect(r.output[i - 1]?.object['kind']).toBe('SecretProviderClass')
    const c = container(workload(r, CHART.app))
    expect(list(c['volumeMounts']).map((m) => fields(m)['name'])).toEqual(['webhook-cert', 'secrets-store'])
    valid(r)
  })
  it('writes the untouched documents back as they were written, comments included', () => {
    expect(r.yaml).toContain(input.docs[0]?.source)
    const withComment = readInputs([
      { name: 'c.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web # the public name\n' },
    ])
    expect(migrate(withComment, complete()).yaml).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web # the public name\n',
    )
  })
  it('shows the change as a unified diff of the Deployment', () => {
    const diffs = documentDiffs(r)
    const deployment = diffs.find((d) => d.change === 'patched')
    expect(deployment?.title).toBe(`${CHART_FILE}: document 15, line 266`)
    expect(deployment?.patch).toMatch(/^\+ {12}- name: secrets-store$/m)
    expect(deployment?.patch).toMatch(new RegExp(`^\\+ {18}name: ${CHART.app}-kv-secrets$`, 'm'))
    expect(deployment?.patch).not.toMatch(/^-(?!--)/m)
    expect(diffs.find((d) => d.change === 'added')?.patch).toMatch(/^\+kind: SecretProviderClass$/m)
  })
})

describe('mergeAnswers', () => {
  it('lets every answer the user gave win over the input, and fills the rest from it', () => {
    const merged = mergeAnswers(
      {
        kv: 'from-file',
        ns: 'shop',
        objects: [{ name: 'a', type: 'secret', env: '', file: '', version: '', vault: '' }],
        code: 'no',
      },
      { ...emptyAnswers(), kv: 'from-user', code: 'yes' },
    )
    expect(merged).toMatchObject({ kv: 'from-user', ns: 'shop', code: 'yes' })
    expect(merged.objects.map((o) => o.name)).toEqual(['a'])
  })
})

describe('a Secret pasted with values', () => {
  it('is left out of the output, the diff and the report, and named in the report', () => {
    const secret =
      'apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: akv-test}\nstringData: {password: hunter2-very-secret}\n'
    const input = readInputs([fixture('akv2k8s/env-injection.yaml'), { name: 'secret.yaml', text: secret }])
    const r = migrate(input, complete())
    const everything = JSON.stringify([r, documentDiffs(r)])
    expect(everything).not.toContain('hunter2')
    expect(kinds(r)).not.toContain('Secret')
    expect(r.rows.find((row) => row.construct === 'Secret akv-test/db')?.result).toMatch(
      /keys password\): left out of the output/,
    )
  })
})
