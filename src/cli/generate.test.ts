import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { runEngine } from '../domain/engine.ts'
import { decodePermalink, PLACEHOLDER } from '../domain/index.ts'
import { folderWithRecord } from '../domain/engine.ts'
import { CLIENT, SEED_ARTICLE_FRAGMENT, SEED_FRAGMENT, TENANT } from '../test-support/seeds.ts'
import { createStubState, readState, runWithStubs } from '../test-support/run-script.ts'

// The command line as a pipeline runs it: a real process, its stdout, stderr and exit code.
function generate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', ...args], {
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const SEED = SEED_ARTICLE_FRAGMENT
const COMPLETE = SEED_FRAGMENT

// Each test spawns a process that compiles TypeScript on the fly: slow on a busy 2-core machine.
describe('npm run generate', { timeout: 30_000 }, () => {
  it('prints the seed scenario as option 3 manifests, and only manifests, on stdout', () => {
    const r = generate(`https://example.test/akv-wizard/#${COMPLETE}`)
    expect(r.code).toBe(0)
    expect(r.stderr.split('\n')[0]).toMatch(/^Recommended: Option 3 — /)
    const docs = loadAll(r.stdout) as { kind: string }[]
    expect(docs.map((d) => d.kind)).toEqual(expect.arrayContaining(['SecretProviderClass', 'Deployment']))
    expect(r.stdout).toBe(runEngine(decodePermalink(COMPLETE).answers).generated.allManifests)
    expect(r.stderr).not.toMatch(/Not ready to apply/)
  })

  it('accepts the fragment with or without #, and says what is still missing', () => {
    const withHash = generate(`#${SEED}`)
    const bare = generate(SEED)
    expect(withHash.code).toBe(0)
    expect(withHash.stdout).toBe(bare.stdout)
    expect(bare.stderr).toMatch(/Not ready to apply/)
    expect(bare.stderr).toMatch(/^ {2}tenant: /m)
    expect(bare.stdout).toContain('<tenant-id>')
  })

  it('lists the resource group and cluster still in azure-setup.sh as not ready, naming the file', () => {
    const r = generate(COMPLETE.replace(/&rg=[^&]*/, '').replace(/&cluster=[^&]*/, ''))
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/^ {2}rg: .*\(placeholder in azure-setup\.sh\)$/m)
    expect(r.stderr).toMatch(/^ {2}cluster: .*\(placeholder in azure-setup\.sh\)$/m)
  })

  it('refuses invalid input with exit 2, nothing on stdout, one line per problem prefixed by its key', () => {
    const r = generate(`${COMPLETE}&kv=kv--bad&o=ok-name~secret~1BAD&code=maybe`)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trim().split('\n')
    expect(lines.some((l) => l.startsWith('kv: '))).toBe(true)
    expect(lines.some((l) => l.startsWith('o[2]: '))).toBe(true)
    expect(lines.some((l) => l.startsWith('code: '))).toBe(true)
  })

  it('reports an unknown key but still generates: a newer link must not break an older pipeline', () => {
    const r = generate(`${COMPLETE}&future=1`)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/future/)
  })

  it('--option generates another option and says which answers it goes against', () => {
    const r = generate(COMPLETE, '--option', '1')
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/^Recommended: Option 3/)
    expect(r.stderr).toMatch(/^Generating: Option 1/m)
    const kinds = (loadAll(r.stdout) as { kind: string }[]).map((d) => d.kind)
    expect(kinds).toContain('ServiceAccount')
    expect(kinds).not.toContain('SecretProviderClass')
    expect(generate(COMPLETE, '--option', '4').code).toBe(2)
  })

  it('--out writes the runnable folder, byte for byte: every file, the decision record, and a README with what to run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akv-out-'))
    const link = `https://example.test/akv-wizard/#${COMPLETE}`
    const r = generate(link, '--out', dir, '--date', '2026-03-04')
    expect(r.code).toBe(0)
    const result = runEngine(decodePermalink(COMPLETE).answers)
    const expected = folderWithRecord(result, result.generated, result.readiness, {
      date: '2026-03-04',
      pageUrl: 'https://example.test/akv-wizard/',
    })
    expect(readdirSync(dir)).toContain('decision.md')
    const record = readFileSync(join(dir, 'decision.md'), 'utf8')
    expect(record).toMatch(/^---\nstatus: proposed\ndate: 2026-03-04\n---\n/)
    expect(record).toContain(`<https://example.test/akv-wizard/#${COMPLETE}>`)
    expect(readdirSync(dir).sort()).toEqual(expected.map((f) => f.name).sort())
    expect(readdirSync(dir)).toEqual(
      expect.arrayContaining(['README.md', 'azure-setup.sh', 'deployment.yaml']),
    )
    for (const f of expected) expect(readFileSync(join(dir, f.name))).toEqual(Buffer.from(f.content, 'utf8'))
    const readme = readFileSync(join(dir, 'README.md'), 'utf8')
    expect(readme).toMatch(/run it with `bash azure-setup\.sh` from any directory/)
    expect(readme).toContain('`secretproviderclass.yaml`, `deployment.yaml`')
  })

  it('--out lists what is still a placeholder in the README', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akv-out-'))
    expect(generate(SEED, '--out', dir).code).toBe(0)
    const readme = readFileSync(join(dir, 'README.md'), 'utf8')
    expect(readme).toMatch(/^- `tenant`: The vault's tenant ID/m)
    expect(readme).toMatch(/^1\. Fill in the values listed under "Still placeholders"/m)
  })

  it('the seed scenario written with --out runs from another directory and applies the files of its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akv-out-'))
    expect(generate(COMPLETE, '--out', dir).code).toBe(0)
    for (const name of readdirSync(dir))
      for (const placeholder of Object.values(PLACEHOLDER))
        expect(readFileSync(join(dir, name), 'utf8'), name).not.toContain(placeholder)
    const state = createStubState({
      vaultTenant: TENANT,
      rbac: true,
      addonClientId: CLIENT,
      addonObjectId: '0d4c7f6e-1111-4a2b-9c3d-444455556666',
    })
    const run = runWithStubs(join(dir, 'azure-setup.sh'), state, mkdtempSync(join(tmpdir(), 'akv-cwd-')))
    expect(run.code, run.stderr).toBe(0)
    expect(readState(state, 'k8s/applied.log')).toBe(
      ['secretproviderclass.yaml', 'deployment.yaml'].map((f) => `${dir}/${f}\n`).join(''),
    )
  })

  it('--out dates the decision record today (UTC) unless --date says otherwise, and refuses a date that is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akv-out-'))
    const before = new Date().toISOString().slice(0, 10)
    expect(generate(COMPLETE, '--out', dir).code).toBe(0)
    const date = /^date: (.*)$/m.exec(readFileSync(join(dir, 'decision.md'), 'utf8'))?.[1]
    expect([before, new Date().toISOString().slice(0, 10)]).toContain(date)
    const bad = generate(COMPLETE, '--out', dir, '--date', '2026-02-30')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^--date: "2026-02-30" is not a date; write it as YYYY-MM-DD$/m)
  })

  it('explains its usage when called without a permalink', () => {
    const r = generate()
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^permalink: /)
  })
})
