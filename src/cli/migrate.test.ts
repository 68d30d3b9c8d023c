import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { chartStream } from '../test-support/chart-stream.ts'
import { SEED_ARTICLE_MISSING, seedArticleYaml } from '../test-support/seed-article.ts'

// The command line as a pipeline runs it: a real process, its stdout, stderr and exit code.
function migrate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts', ...args], {
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const FIXTURES = 'src/domain/migrate/fixtures'
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const CLIENT = '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091'
const ANSWERS = `v=1&auth=workload&tenant=${TENANT}&client=${CLIENT}`
/** Runs the command on YAML written to a file of its own. */
function migrateText(yaml: string, ...args: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'akv-in-')), 'in.yaml')
  writeFileSync(file, yaml)
  return migrate(file, ...args)
}

const CERT_AKVS = `apiVersion: spv.no/v2beta1
kind: AzureKeyVaultSecret
metadata: {name: web-cert, namespace: shop}
spec:
  vault: {name: shop-kv, object: {name: web, type: certificate}}
`
const injecting = (name: string, env: string[], ns = 'shop', extra = '') => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${extra}      containers:
        - name: main
          image: example.azurecr.io/${name}:1
          command: [/app/server]
          env:
${env.map((e) => `            - ${e}`).join('\n')}
`

const kinds = (stdout: string) => (loadAll(stdout) as { kind: string }[]).map((d) => d.kind)

describe('npm run migrate', { timeout: 30_000 }, () => {
  it('converts akv2k8s env injection and sync: SPCs and the patched Deployment on stdout, in input order, no akvs', () => {
    const r = migrate(
      `${FIXTURES}/akv2k8s/env-injection.yaml`,
      `${FIXTURES}/akv2k8s/secret-sync.yaml`,
      '--answers',
      `https://example.test/#${ANSWERS}&copy=ok`,
    )
    expect(r.code).toBe(0)
    expect(kinds(r.stdout)).toEqual(['SecretProviderClass', 'Deployment', 'SecretProviderClass'])
    expect(r.stdout).not.toContain('AzureKeyVaultSecret')
    expect(r.stdout).not.toContain('@azurekeyvault')
    expect(r.stderr.split('\n')[0]).toMatch(/^Recommended: Option 3 — /)
    expect(r.stderr).toMatch(
      /\[converted\] env PAYMENT_TOKEN of Deployment checkout\/checkout, container web \(src\/domain\/migrate\/fixtures\/akv2k8s\/env-injection\.yaml: document 2, line 13\)/,
    )
    expect(r.stderr).toMatch(/Clean-up, in this order:\n {2}1\. Before applying anything, let identity /)
    expect(r.stderr).toMatch(/\n {2}3\. Apply the SecretProviderClasses/)
    expect(r.stderr).toMatch(/External Secrets Operator instead:\n {8}apiVersion: external-secrets.io\/v1/)
    expect(r.stderr).not.toMatch(/Not ready to apply/)
  })

  it('converts the TLS example keeping the Secret name, type and keys, and reports the multi-key one as not convertible', () => {
    const tls = migrate(`${FIXTURES}/akv2k8s/certificate-sync.yaml`, '--answers', 'v=1&copy=ok')
    expect(tls.code).toBe(0)
    const [spc] = loadAll(tls.stdout) as { kind: string; spec: { secretObjects: unknown[] } }[]
    expect(spc?.kind).toBe('SecretProviderClass')
    expect(spc?.spec.secretObjects).toEqual([
      expect.objectContaining({
        secretName: 'web-tls',
        type: 'kubernetes.io/tls',
        data: expect.arrayContaining([
          expect.objectContaining({ key: 'tls.key' }),
          expect.objectContaining({ key: 'tls.crt' }),
        ]),
      }),
    ])
    const multi = migrate(`${FIXTURES}/akv2k8s/multi-key-value-secret.yaml`, '--answers', 'v=1&copy=ok')
    expect(multi.code).toBe(0)
    expect(multi.stdout).not.toContain('AzureKeyVaultSecret')
    expect(multi.stderr).toMatch(/^ {2}\[not convertible\] AzureKeyVaultSecret shop\/app-settings /m)
    // Issue 14 point 5: the ExternalSecret comes with the SecretStore it names.
    expect(multi.stderr).toMatch(
      /External Secrets Operator instead:\n(?: {8}.*\n)*? {8}kind: ExternalSecret\n(?: {8}.*\n)*? {8}---\n(?: {8}.*\n)*? {8}kind: SecretStore\n/,
    )
  })

  // Issue 14 point 1. akv2k8s cmd/azure-keyvault-env/secret_handler.go exported the private key only for
  // ?tls.key; Kubernetes ValidateSecret refuses a kubernetes.io/tls Secret without tls.key.
  it('a certificate referenced only as ?tls.crt becomes objectType cert in an Opaque Secret, never a TLS Secret without tls.key', () => {
    const r = migrateText(
      CERT_AKVS + injecting('web', ['{name: CERT_PEM, value: "web-cert@azurekeyvault?tls.crt"}']),
      '--answers',
      `${ANSWERS}&copy=ok`,
    )
    expect(r.code).toBe(0)
    const [spc] = loadAll(r.stdout) as {
      spec: { parameters: { objects: string }; secretObjects: { type: string }[] }
    }[]
    expect(spc?.spec.parameters.objects).toMatch(/objectType: cert/)
    expect(spc?.spec.parameters.objects).not.toMatch(/objectType: secret/)
    expect(spc?.spec.secretObjects.map((s) => s.type)).toEqual(['Opaque'])
    expect(r.stderr).toMatch(/\[converted\] env CERT_PEM of Deployment shop\/web/)
  })

  // Issue 14 points 2 and 4: akv2k8s controller/configmap.go makes the akvs the ConfigMap's owner; workloads
  // outside the input may still use @azurekeyvault in the namespace.
  it('the clean-up keeps an akvs that owns a ConfigMap, and looks for other injected workloads before removing anything', () => {
    const cm = `apiVersion: spv.no/v2beta1
kind: AzureKeyVaultSecret
metadata: {name: app-settings, namespace: shop}
spec:
  vault: {name: shop-kv, object: {name: settings, type: secret}}
  output: {configMap: {name: app-settings, dataKey: settings}}
---
apiVersion: spv.no/v2beta1
kind: AzureKeyVaultSecret
metadata: {name: db, namespace: shop}
spec:
  vault: {name: shop-kv, object: {name: db-password, type: secret}}
`
    const r = migrateText(
      cm + injecting('orders', ['{name: DB_PASSWORD, value: db@azurekeyvault}']),
      '--answers',
      `${ANSWERS}&copy=ok`,
    )
    expect(r.code).toBe(0)
    const cleanup = r.stderr.slice(r.stderr.indexOf('Clean-up, in this order:'))
    expect(cleanup).not.toMatch(/kubectl delete akvs app-settings -n shop(;|$)/m)
    expect(cleanup).toMatch(
      /\d+\. Keep AzureKeyVaultSecret shop\/app-settings for now: it writes ConfigMap app-settings, .*deleting it deletes the ConfigMap/,
    )
    const check = cleanup.indexOf(
      'kubectl get deployments,statefulsets,daemonsets,cronjobs,jobs,pods -n shop -o jsonpath=',
    )
    expect(check).toBeGreaterThan(0)
    expect(check).toBeLessThan(cleanup.indexOf('kubectl delete akvs db -n shop'))
    expect(cleanup).toMatch(
      /Keep akv2k8s installed while the AzureKeyVaultSecrets above remain \(app-settings\)/,
    )
  })

  // Issue 14 point 3: akv2k8s authenticated as itself; workload identity needs a federated credential for
  // each service account the patched workloads run as.
  it('workload identity: a report row and clean-up step 1 per (namespace, service account) the workloads already use', () => {
    const r = migrateText(
      CERT_AKVS +
        injecting(
          'web',
          ['{name: CERT_PEM, value: "web-cert@azurekeyvault"}'],
          'shop',
          '      serviceAccountName: web-sa\n',
        ),
      '--answers',
      `${ANSWERS}&copy=ok&rg=rg-aks&cluster=aks-prod`,
    )
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(
      /\[converted, with a caveat\] ServiceAccount shop\/web-sa \(Deployment web\): workload identity/,
    )
    expect(r.stderr).toMatch(
      /Clean-up, in this order:\n {2}1\. Before applying anything, let identity \S+ trust service account shop\/web-sa .*az identity federated-credential create --name 'aks-prod-shop-web-sa' .*--subject 'system:serviceaccount:shop:web-sa'/,
    )
    expect(r.stderr).toMatch(
      /\n {2}2\. Give identity \S+ read access .*az role assignment create --role 'Key Vault Reader'/,
    )
  })

  // Issue 14 point 6: what the command recommends is what it writes; a controller sync is a copy already.
  it('an akv2k8s controller sync recommends and applies option 3 with no copy answer: the cluster already holds a copy', () => {
    const r = migrate(`${FIXTURES}/akv2k8s/secret-sync.yaml`)
    expect(r.code).toBe(0)
    expect(r.stderr.split('\n')[0]).toMatch(/^Recommended: Option 3 — /)
    expect(r.stderr).not.toMatch(/^Applying: /m)
    expect(r.stderr).not.toMatch(/cannot tell/)
  })

  it('env injection alone: the same option recommended and applied, and copy named as what the input cannot tell', () => {
    const r = migrate(`${FIXTURES}/akv2k8s/env-injection.yaml`, '--answers', ANSWERS)
    expect(r.code).toBe(0)
    expect(r.stderr.split('\n')[0]).toMatch(/^Recommended: Option 2 — /)
    expect(r.stderr).not.toMatch(/^Applying: /m)
    expect(r.stderr).toMatch(
      /^The input cannot tell copy: .*Assumed no until answered: add copy=ok or copy=no to --answers\.$/m,
    )
    expect(kinds(r.stdout)).toEqual(['SecretProviderClass', 'ConfigMap', 'Deployment'])
    // Issue 14 point 5: akv2k8s injected a static binary; the wrapper needs a shell in the image.
    expect(r.stderr).toMatch(
      /\[converted, with a caveat\] container web of Deployment checkout .*runs \/bin\/sh from the app's image/,
    )
    const answered = migrate(`${FIXTURES}/akv2k8s/env-injection.yaml`, '--answers', `${ANSWERS}&copy=ok`)
    expect(answered.stderr.split('\n')[0]).toMatch(/^Recommended: Option 3 — /)
    expect(answered.stderr).not.toMatch(/cannot tell|^Applying: /m)
  })

  it('--option 2 reads the injected value from a mounted file through the wrapper', () => {
    const r = migrate(`${FIXTURES}/akv2k8s/env-injection.yaml`, '--answers', ANSWERS, '--option', '2')
    expect(r.code).toBe(0)
    expect(kinds(r.stdout)).toEqual(['SecretProviderClass', 'ConfigMap', 'Deployment'])
    expect(r.stdout).toContain('/opt/env-from-files/env-from-files.sh')
  })

  it.skipIf(SEED_ARTICLE_MISSING)(
    'lints the seed article SecretProviderClass on stderr, naming the wrong spelling and the right one, and exits 0',
    () => {
      const r = migrateText(seedArticleYaml())
      expect(r.code).toBe(0)
      expect(r.stderr).toMatch(/^Lint:$/m)
      expect(r.stderr).toContain(
        'document 1, line 1: SecretProviderClass (no namespace)/azure-sync: parameters.KeyvaultName is not read: parameter names are case-sensitive, write keyvaultName',
      )
      expect(kinds(r.stdout)).toEqual(['SecretProviderClass', 'Pod'])
    },
  )

  it('patches a chart workload in place and never writes a new Deployment for it', () => {
    const r = migrateText(
      chartStream(),
      '--answers',
      `${ANSWERS}&code=no&reads=env&copy=ok&kv=shop-kv&o=db-password~secret~DB_PASSWORD`,
    )
    expect(r.code).toBe(0)
    const out = kinds(r.stdout)
    expect(out.filter((k) => k === 'Deployment')).toHaveLength(1)
    expect(out).toHaveLength(20)
    expect(out.indexOf('SecretProviderClass')).toBe(out.indexOf('Deployment') - 1)
    expect(r.stderr).toMatch(/^Ignored \(passed through as they are\):$/m)
    expect(r.stderr).toMatch(/: document 1, line 3: Namespace edge: kept as is/)
  })

  it('--kustomize writes an overlay that kubectl kustomize turns into stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akv-migrate-'))
    const r = migrate(`${FIXTURES}/akv2k8s/env-injection.yaml`, '--answers', ANSWERS, '--kustomize', dir)
    expect(r.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['added.yaml', 'kustomization.yaml', 'patches'])
    expect(r.stderr).toMatch(/--load-restrictor=LoadRestrictionsNone/)
    if (existsSync('/usr/bin/kubectl')) {
      const built = spawnSync(
        '/usr/bin/kubectl',
        ['kustomize', '--load-restrictor=LoadRestrictionsNone', dir],
        { encoding: 'utf8' },
      )
      expect(built.status).toBe(0)
      expect(kinds(built.stdout).sort()).toEqual(kinds(r.stdout).sort())
    }
    expect(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')).toMatch(/\$patch: delete/)
  })

  it('exits 2 naming the file, the document and the line when an input cannot be read; nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akv-bad-'))
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\nkind: [oops\n')
    const r = migrate(`${FIXTURES}/akv2k8s/secret-sync.yaml`, bad)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      new RegExp(
        `^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: document 2, line \\d+: not valid YAML`,
        'm',
      ),
    )
    expect(migrate(join(dir, 'missing.yaml')).stderr).toMatch(/missing\.yaml: cannot be read \(ENOENT\)/)
  })

  it('explains its usage without files, and refuses an unknown option', () => {
    expect(migrate().code).toBe(2)
    expect(migrate().stderr).toMatch(/^FILE: missing/)
    expect(migrate(`${FIXTURES}/akv2k8s/secret-sync.yaml`, '--option', '4').stderr).toMatch(
      /--option: "4" is not an option/,
    )
  })
})
