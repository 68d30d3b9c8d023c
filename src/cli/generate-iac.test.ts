import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { folderWithRecord, runEngine } from '../domain/engine.ts'
import { decodePermalink } from '../domain/index.ts'
import { SEED_FRAGMENT } from '../test-support/seeds.ts'
import { zipFolder } from '../ui/files/zip.ts'

// `--out` and the page's "Download all" zip hold the same IaC bytes (azure/ included), and the README says
// what was checked and how the client ID reaches the manifests.

const generate = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', ...args], { encoding: 'utf8' })

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return out
}

describe('npm run generate with the Azure side as code', { timeout: 60_000 }, () => {
  for (const iac of ['terraform', 'bicep'] as const) {
    it(`${iac}: --out writes the same bytes as the zip, azure/ included`, async () => {
      // The add-on identity without its client ID: the IaC reads it from the cluster, so the files are ready.
      const link = `${SEED_FRAGMENT.replace(/&client=[^&]*/, '')}&iac=${iac}`
      const dir = mkdtempSync(join(tmpdir(), 'akv-iac-out-'))
      const r = generate(link, '--out', dir, '--date', '2026-12-01')
      expect(r.status, r.stderr).toBe(0)
      expect(r.stderr).not.toMatch(/Not ready to apply/)
      const written = filesUnder(dir)
      const result = runEngine(decodePermalink(link).answers)
      const folder = folderWithRecord(result, result.generated, result.readiness, {
        date: '2026-12-01',
        pageUrl: '',
      })
      const zip = unzipSync(await zipFolder('f', folder))
      const zipped = Object.fromEntries(
        Object.entries(zip).map(([name, bytes]) => [name.slice(2), strFromU8(bytes)]),
      )
      expect(written).toEqual(zipped)
      const names = Object.keys(written)
      expect(names).toContain('apply.sh')
      expect(
        names.some((n) => n.startsWith('azure/') && n.endsWith(iac === 'terraform' ? '.tf' : '.bicep')),
      ).toBe(true)
      expect(names).not.toContain('azure-setup.sh')
      const readme = written['README.md'] ?? ''
      expect(readme).toContain('bash apply.sh')
      expect(readme).toContain(
        iac === 'terraform'
          ? 'terraform -chdir=azure init -backend=false && terraform -chdir=azure validate'
          : 'az bicep build --file azure/main.bicep',
      )
      expect(readme).toMatch(
        iac === 'terraform' ? /against the azurerm 5\.2\.0 schema/ : /against the ARM API versions/,
      )
      expect(readme).toMatch(
        iac === 'terraform' ? /terraform -chdir=azure output -raw client_id/ : /deployment outputs/,
      )
    })
  }
})
