import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { SAMPLES } from '../domain/diagnose/fixtures/messages.ts'

/** Issue 15: no input to a command prints a stack trace, freezes it or writes over the user's files. */
function cli(command: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${command}.ts`, ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const sh = (script: string) => {
  const r = spawnSync('sh', ['-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const tsx = `${process.execPath} --import tsx`
const temp = () => mkdtempSync(join(tmpdir(), 'akv-hostile-'))
const STACK = /\n\s+at .+\(.*:\d+:\d+\)|node:internal/
const deployment = (name: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx${extra}
`
const LINK =
  'v=1&code=no&reads=file&auth=workload&kv=kv-demo&tenant=72f988bf-86f1-41af-91ab-2d7cd011db47&o=db'

describe('hostile input to the commands', { timeout: 120_000 }, () => {
  it('migrate --kustomize refuses a folder with files unless --force, and never replaces an input', () => {
    const dir = temp()
    const input = join(dir, 'kustomization.yaml')
    writeFileSync(input, deployment('web'))
    const refused = cli('migrate', [input, '--answers', LINK, '--kustomize', dir])
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(
      /^--kustomize: .* is not empty \(it holds kustomization\.yaml\); .*--force/,
    )
    const forced = cli('migrate', [input, '--answers', LINK, '--kustomize', dir, '--force'])
    expect(forced.code).toBe(2)
    expect(forced.stderr).toMatch(/kustomization\.yaml would replace the input file .*kustomization\.yaml/)
    expect(readFileSync(input, 'utf8')).toBe(deployment('web'))
    // Another input file in the folder: --force writes the overlay beside it.
    const other = temp()
    writeFileSync(join(other, 'app.yaml'), deployment('web'))
    const ok = cli('migrate', [join(other, 'app.yaml'), '--answers', LINK, '--kustomize', other, '--force'])
    expect(ok.code).toBe(0)
    expect(readFileSync(join(other, 'app.yaml'), 'utf8')).toBe(deployment('web'))
    expect(existsSync(join(other, 'kustomization.yaml'))).toBe(true)
  })

  it('generate --out refuses a folder with a README unless --force', () => {
    const dir = temp()
    writeFileSync(join(dir, 'README.md'), 'mine')
    const refused = cli('generate', [LINK, '--out', dir])
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(/^--out: .* is not empty \(it holds README\.md\); .*--force/)
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('mine')
    expect(cli('generate', [LINK, '--out', dir, '--force']).code).toBe(0)
    expect(cli('generate', [LINK, '--out', join(dir, 'new')]).code).toBe(0)
  })

  it('stops reading endless input at the documented limit, with a message', () => {
    const zero = cli('migrate', ['/dev/zero'])
    expect(zero.code).toBe(2)
    expect(zero.stderr).toBe(
      '/dev/zero: stopped reading at 5.0 MB; the importer reads at most 5.0 MB: split it, or import only the manifests of the app to migrate\n',
    )
    const yes = sh(`yes | ${tsx} src/cli/diagnose.ts -`)
    expect(yes.code).toBe(1)
    expect(yes.stderr).toMatch(/^stdin: stopped reading after 64 MB \(the input did not end\)/)
    expect(yes.stderr).not.toMatch(STACK)
  })

  it('prints control characters from names and logs as visible escapes', () => {
    const dir = temp()
    const file = join(dir, 'evil.yaml')
    writeFileSync(file, deployment('"web\\e[2J\\e]0;owned\\a"'))
    const r = cli('migrate', [file, '--answers', LINK])
    expect(r.stderr).not.toMatch(/\p{Cc}(?<![\n\t])/u)
    expect(r.stderr).toContain('\\x1b[2J')
    // ESC c resets the terminal, backspaces overwrite what was shown, U+202E reverses the line.
    const spcMissing = SAMPLES.find((x) => x.id === 'spc-not-found')?.message ?? ''
    const log = spcMissing.replace('22m (x2', '22m\u001bc\b\b\u202e (x2')
    const d = cli('diagnose', ['-'], log)
    expect(d.code).toBe(0)
    // eslint-disable-next-line no-control-regex -- the point: none of these may reach the terminal
    expect(d.stdout).not.toMatch(/[\u0008\u001b\u202e]/)
    expect(d.stdout).toContain('\\x1bc\\x08\\x08\\u202e')
  })

  it('never prints a stack trace: a 2.2 MB value, deep nesting, a folder as input, a long name', () => {
    const dir = temp()
    writeFileSync(join(dir, 'long.yaml'), deployment('web', `\n          args: ["${'x'.repeat(2_200_000)}"]`))
    const block = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')
    writeFileSync(join(dir, 'deep.yaml'), `${block} 1\n`)
    for (const file of ['long.yaml', 'deep.yaml', '.']) {
      const r = cli('migrate', [join(dir, file), '--answers', LINK])
      expect(r.code).toBe(2)
      expect(r.stderr).not.toMatch(STACK)
      expect(r.stderr).toMatch(new RegExp(`^${join(dir, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    }
  })

  it('--kustomize writes an overlay for a 253-character name (it crashed with ENAMETOOLONG)', () => {
    const dir = temp()
    const name = `w${'a'.repeat(251)}b`
    writeFileSync(join(dir, 'app.yaml'), deployment(name))
    const out = join(dir, 'overlay')
    mkdirSync(out)
    const r = cli('migrate', [join(dir, 'app.yaml'), '--answers', LINK, '--kustomize', out])
    expect(r.stderr).not.toMatch(STACK)
    expect(r.code).toBe(0)
    const kustomization = load(readFileSync(join(out, 'kustomization.yaml'), 'utf8')) as {
      patches: { path?: string }[]
    }
    const written = readdirSync(join(out, 'patches')).map((f) => `patches/${f}`)
    expect(kustomization.patches.flatMap((p) => (p.path ? [p.path] : []))).toEqual(written)
  })
})
