import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DESCRIBE_TWO_FAILURES } from '../domain/diagnose/fixtures/describe-pod.ts'

// The command as a person runs it: a real process, its stdout, stderr and exit code.
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/diagnose.ts', ...args], {
    encoding: 'utf8',
    input,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'akv-diagnose-'))
const podFile = join(dir, 'pod.txt')
writeFileSync(podFile, DESCRIBE_TWO_FAILURES)
const quietFile = join(dir, 'quiet.txt')
writeFileSync(quietFile, 'Normal  Started  1m  kubelet  Started container api\n')

describe('npm run diagnose', { timeout: 30_000 }, () => {
  it('prints both failures of a described pod, the cause first, with file and line', () => {
    const r = run([podFile])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^1\. Key Vault \(Azure RBAC\) denies the read/)
    expect(r.stdout).toMatch(/^2\. The synced Kubernetes Secret does not exist/m)
    expect(r.stdout).toContain(`Evidence: ${podFile}:27: Warning  FailedMount`)
    expect(r.stdout).toContain("$ az role assignment create --role 'Key Vault Secrets User'")
  })

  it('reads standard input with -', () => {
    const r = run(['-'], DESCRIBE_TWO_FAILURES)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Evidence: stdin:28: Warning  Failed')
  })

  it('uses the names of --answers where the text has none', () => {
    const text =
      'MountVolume.SetUp failed for volume "s" : failed to mount objects, error: keyvaultName is not provided\n'
    const r = run(['-', '--answers', 'https://example.test/#v=1&kv=kv-from-link&app=shop'], text)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('keyvaultName: "kv-from-link"')
  })

  it('exits 1 and says what to collect when nothing is recognised', () => {
    const r = run([quietFile])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`${quietFile}: no failure recognised. Collect next:`)
    expect(r.stdout).toContain('kubectl describe pod <pod> -n <namespace>')
  })

  it('exits 2 naming a file that cannot be read, and on bad arguments', () => {
    const missing = join(dir, 'nope.txt')
    const r = run([podFile, missing])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`${missing}: cannot be read (ENOENT)\n`)
    expect(run([]).code).toBe(2)
    expect(run([podFile, '--answer', 'x']).stderr).toMatch(/^--answer: unknown flag/)
  })

  it('says a binary file is not text Kubernetes printed', () => {
    const binary = join(dir, 'image.bin')
    writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)))
    const r = run([binary])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/binary file, not text Kubernetes printed/)
  })
})
