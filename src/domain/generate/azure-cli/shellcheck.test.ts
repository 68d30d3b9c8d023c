import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allCombinations } from '../../../test-support/answers.ts'
import type { Answers, OptionId } from '../../answers/model.ts'
import { generate } from '../index.ts'

// Debian's shellcheck, installed by scripts/install-browser.sh (run by scripts/test-all.sh) when missing.
const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0
if (!hasShellcheck)
  console.warn(
    'shellcheck is not installed: the shellcheck test of azure-setup.sh is skipped (apt-get install shellcheck)',
  )

const STUB_TOOLS = join(import.meta.dirname, '../../../test-support/stub-tools')

/**
 * One script per shape: the enumerator's answers (every option and deciding answer, every other choice
 * pairwise: identity mode, rotation, cloud...) with the object sets of one secret and of every object type,
 * each also with a poll interval. The answers' values are quoted literals and change nothing shellcheck sees.
 */
function variants(): string[] {
  const scripts = new Set<string>()
  const add = (answers: Answers, option: OptionId): void => {
    scripts.add(generate(answers, option).files.find((f) => f.name === 'azure-setup.sh')?.content ?? '')
  }
  // 'two vaults': the script finds, checks and grants in each vault (issue 17).
  for (const { answers, option } of allCombinations(['one file', 'cert and key', 'two vaults'])) {
    add(answers, option)
    add({ ...answers, poll: '5m' }, option)
    // A certificate for an Ingress only (application routing), beside the others or alone.
    const cert = answers.objects.find((o) => o.type === 'cert')
    if (cert !== undefined) {
      add({ ...answers, ing: cert.name }, option)
      add({ ...answers, objects: [cert], ing: cert.name }, option)
    }
  }
  return [...scripts]
}

describe.skipIf(!hasShellcheck)('shellcheck', () => {
  it('finds nothing in any generated azure-setup.sh, nor in the stand-in tools', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shellcheck-'))
    try {
      const files = variants().map((source, i) => {
        const file = join(dir, `azure-setup-${i}.sh`)
        writeFileSync(file, source)
        return file
      })
      expect(files.length).toBeGreaterThan(20)
      // One shellcheck for all files: a process per script would take far longer.
      const r = spawnSync(
        'shellcheck',
        [
          '--shell=bash',
          ...files,
          join(STUB_TOOLS, 'az'),
          join(STUB_TOOLS, 'kubectl'),
          join(STUB_TOOLS, 'helm'),
        ],
        { encoding: 'utf8' },
      )
      expect(r.stdout + r.stderr).toBe('')
      expect(r.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
