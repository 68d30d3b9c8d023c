import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'

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
      /\[converted\] env TEST_SECRET of Deployment akv2k8s-test\/secret-inject, container my-image \(src\/domain\/migrate\/fixtures\/akv2k8s\/env-injection\.yaml: document 2, line 13\)/,
    )
    expect(r.stderr).toMatch(/Clean-up, in this order:\n {2}1\. Apply the SecretProviderClasses/)
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
        secretName: 'my-certificate-from-akv',
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
    expect(multi.stderr).toMatch(/^ {2}\[not convertible\] AzureKeyVaultSecret akv-test\/db-config /m)
  })

  it('--option 2 reads the injected value from a mounted file through the wrapper', () => {
    const r = migrate(`${FIXTURES}/akv2k8s/env-injection.yaml`, '--answers', ANSWERS, '--option', '2')
    expect(r.code).toBe(0)
    expect(kinds(r.stdout)).toEqual(['SecretProviderClass', 'ConfigMap', 'Deployment'])
    expect(r.stdout).toContain('/opt/env-from-files/env-from-files.sh')
  })

  it('lints the seed article SecretProviderClass on stderr, naming the wrong spelling and the right one, and exits 0', () => {
    const r = migrate(`${FIXTURES}/seed/004-azure-sync.yaml`)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/^Lint:$/m)
    expect(r.stderr).toContain(
      'document 1, line 2: SecretProviderClass (no namespace)/azure-sync: parameters.KeyvaultName is not read: parameter names are case-sensitive, write keyvaultName',
    )
    expect(kinds(r.stdout)).toEqual(['SecretProviderClass', 'Pod'])
  })

  it('patches a chart workload in place and never writes a new Deployment for it', () => {
    const r = migrate(
      `${FIXTURES}/helm/ingress-nginx-controller-v1.15.1.yaml`,
      '--answers',
      `${ANSWERS}&code=no&reads=env&copy=ok&kv=shop-kv&o=db-password~secret~DB_PASSWORD`,
    )
    expect(r.code).toBe(0)
    const out = kinds(r.stdout)
    expect(out.filter((k) => k === 'Deployment')).toHaveLength(1)
    expect(out).toHaveLength(20)
    expect(out.indexOf('SecretProviderClass')).toBe(out.indexOf('Deployment') - 1)
    expect(r.stderr).toMatch(/^Ignored \(passed through as they are\):$/m)
    expect(r.stderr).toMatch(/: document 1, line 1: Namespace ingress-nginx: kept as is/)
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
