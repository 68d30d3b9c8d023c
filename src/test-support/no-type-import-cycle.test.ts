import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { afterAll, describe, expect, it } from 'vitest'
import noTypeImportCycle from '../../scripts/eslint/no-type-import-cycle.mjs'

const dir = mkdtempSync(join(tmpdir(), 'type-cycle-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function lint(files: Record<string, string>, file: string): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { local: { rules: { 'no-type-import-cycle': noTypeImportCycle } } },
        rules: { 'local/no-type-import-cycle': ['error', { root: '.' }] },
      },
    ],
  })
  const [result] = await eslint.lintFiles([join(dir, file)])
  return (result?.messages ?? []).map((m) => m.message)
}

describe('the local lint rule no-type-import-cycle', () => {
  it('reports a cycle whose one direction is a type-only import, as cleanup.ts ↔ convert.ts was', async () => {
    const messages = await lint(
      {
        'cleanup.ts':
          "import type { Conversion } from './convert.ts'\nexport const steps = (c: Conversion) => [c]\n",
        'convert.ts':
          "import { steps } from './cleanup.ts'\nexport interface Conversion { n: number }\nexport const run = steps\n",
      },
      'cleanup.ts',
    )
    expect(messages).toEqual([
      'Import cycle through a type-only import: cleanup.ts → convert.ts → cleanup.ts. Move the shared type to a file both import.',
    ])
  })

  it('finds nothing once the type has a file of its own', async () => {
    const messages = await lint(
      {
        'conversion.ts': 'export interface Conversion { n: number }\n',
        'cleanup.ts':
          "import type { Conversion } from './conversion.ts'\nexport const steps = (c: Conversion) => [c]\n",
        'convert.ts':
          "import { steps } from './cleanup.ts'\nexport type { Conversion } from './conversion.ts'\nexport const run = steps\n",
      },
      'cleanup.ts',
    )
    expect(messages).toEqual([])
  })

  it('leaves a cycle of value imports to import-x/no-cycle', async () => {
    const messages = await lint(
      {
        'a.ts': "import { b } from './b.ts'\nexport const a = b\n",
        'b.ts': "import { a } from './a.ts'\nexport const b = a\n",
      },
      'a.ts',
    )
    expect(messages).toEqual([])
  })
})
