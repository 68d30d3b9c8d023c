import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { obj, seedAnswers } from '../../test-support/answers.ts'
import { resolve } from '../answers/resolve.ts'
import { wrapperArgs, wrapperScript } from './wrapper.ts'

/** Runs the start-up script with sh against files in a temporary mount, as the container would. */

/** PATHs whose `env` is GNU coreutils' and, when installed, busybox's (the env of Alpine-based images). */
function envs(): [string, string][] {
  const found: [string, string][] = [['GNU', '/usr/bin:/bin']]
  try {
    const busybox = execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim()
    if (busybox !== '') {
      const dir = mkdtempSync(join(tmpdir(), 'busybox-env-'))
      symlinkSync(busybox, join(dir, 'env'))
      found.push(['busybox', `${dir}:/usr/bin:/bin`])
    }
  } catch {
    // no busybox on this machine: GNU env only
  }
  return found
}

let dirs: string[] = []
afterEach(() => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }))
  dirs = []
})

function mountWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mount 'x' "))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

/** Runs the script with `printenv NAME` as the app and returns what the app saw. */
function run(script: string, name: string): string {
  return execFileSync('sh', ['-c', script, 'env-from-files.sh', 'printenv', name], {
    encoding: 'utf8',
    env: {},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

describe('env-from-files start-up script', () => {
  it('passes each mounted file to the app as its env var, then runs the app', () => {
    const mount = mountWith({ mybigsecret: 's3cr3t\n', 'db/password': 'it\'s "quoted" $(id) `id`' })
    const r = resolve({
      ...seedAnswers(),
      mount,
      objects: [
        obj('mybigsecret', { env: 'variable_from_keyvault' }),
        obj('db', { env: 'DB_PASSWORD', file: 'db/password' }),
      ],
    })
    const script = wrapperScript(r)
    expect(run(script, 'variable_from_keyvault')).toBe('s3cr3t\n')
    expect(run(script, 'DB_PASSWORD')).toBe('it\'s "quoted" $(id) `id`\n')
  })

  // A name starting with "-" made GNU env print the secret (`-u`) or run its words (`-S`). The validator
  // refuses such names; the script's `env --` holds even if one got through. Run with GNU env and busybox env
  // (busybox coreutils/env.c parses its options with getopt32long, which ends them at "--", as GNU getopt does).
  it.each(envs())('reads a name starting with "-" as a variable, never an option (%s env)', (_name, path) => {
    const mount = mountWith({ a: 'hunter2 printenv' })
    const script = wrapperScript(resolve({ ...seedAnswers(), mount, objects: [obj('a', { env: '-S' })] }))
    expect(script).toContain("exec env -- \\\n  '-S='")
    const out = execFileSync('sh', ['-c', script, 'env-from-files.sh', 'sh', '-c', 'echo started'], {
      encoding: 'utf8',
      env: { PATH: path },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    expect(out).toBe('started\n')
  })

  it('stops the container start when a file is missing, instead of starting the app without it', () => {
    const mount = mountWith({})
    const script = wrapperScript(resolve({ ...seedAnswers(), mount }))
    expect(() => run(script, 'variable_from_keyvault')).toThrow()
  })

  it('quotes every path: a hostile file name is read as a name, never run', () => {
    const name = "x'; touch pwned; echo '"
    const mount = mountWith({ [name]: 'ok' })
    const script = wrapperScript(
      resolve({ ...seedAnswers(), mount, objects: [obj('a', { env: 'V', file: name })] }),
    )
    expect(run(script, 'V')).toBe('ok\n')
  })
})

describe('the start command behind the wrapper', () => {
  // It was split on blanks with the quotes kept: sh -c '"echo' 'started"' cannot run (issue 15).
  it('is split into words as sh splits it, so a quoted command runs', () => {
    const mount = mountWith({ mybigsecret: 'v' })
    const r = resolve({ ...seedAnswers(), mount, cmd: `sh -c "echo \\"started\\" 'as' one"` })
    const args = wrapperArgs(r)
    expect(args).toEqual(['sh', '-c', `echo "started" 'as' one`])
    const out = execFileSync('sh', ['-c', wrapperScript(r), 'env-from-files.sh', ...args], {
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin' },
    })
    expect(out).toBe('started as one\n')
  })
})
