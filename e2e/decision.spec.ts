import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'
import { downloadAllZip, SEED_LINK } from './wizard.ts'

/** `npm run generate -- '<link>' --out DIR --date D`, as a pipeline runs it; returns DIR's decision.md. */
function cliRecord(link: string, date: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'akv-decision-'))
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/generate.ts', link, '--out', dir, '--date', date],
    { encoding: 'utf8' },
  )
  expect(r.status, r.stderr).toBe(0)
  return readFileSync(join(dir, 'decision.md'), 'utf8')
}

test('the decision record downloads from the page as decision.md, the same bytes as --out and the zip', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  const button = page.getByTestId('download-decision')
  await expect(button).toBeEnabled()
  const download = page.waitForEvent('download')
  await button.click()
  const file = await download
  expect(file.suggestedFilename()).toBe('decision.md')
  const text = await readFile(await file.path(), 'utf8')

  expect(text).toMatch(/^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n---\n/)
  for (const heading of [
    '## Context and Problem Statement',
    '## Decision Drivers',
    '## Considered Options',
    '## Decision Outcome',
    '### Consequences',
    '## Pros and Cons of the Options',
    '## More Information',
  ])
    expect(text).toContain(`\n${heading}\n`)
  expect(text.match(/^### Option [123]: /gm)).toHaveLength(3)
  expect(text).toMatch(/^Chosen option: "Option 3: /m)
  expect(text).toContain(`<${page.url()}>`)

  // The command line, given the page's link and the record's date, writes the same bytes.
  const date = /^date: (.*)$/m.exec(text)?.[1] ?? ''
  expect(cliRecord(page.url(), date)).toBe(text)
  // So does Download all's archive.
  const zip = await downloadAllZip(page)
  expect(zip.files['akv-wizard-demo/decision.md']).toBe(text)
})
