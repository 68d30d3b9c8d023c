import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { obj, seedAnswers } from '../../test-support/answers.ts'
import { resolve } from '../answers/resolve.ts'
import { wrapperScript } from './wrapper.ts'

/** Runs the start-up script with sh against files in a temporary mount, as the container would. */

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

  it('accepts variable names the shell could not export, such as ones with a dot or dash', () => {
    const mount = mountWith({ a: 'value' })
    const script = wrapperScript(
      resolve({ ...seedAnswers(), mount, objects: [obj('a', { env: 'my.var-1' })] }),
    )
    expect(run(script, 'my.var-1')).toBe('value\n')
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
