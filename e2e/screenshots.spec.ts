import { join } from 'node:path'
import { expect, test } from './fixtures.ts'
import { SEED_LINK } from './wizard.ts'

// Not compared with anything: these are for a human to look at after a run (test-results/screenshots/).
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`screenshot of the seed permalink, ${width} px, ${scheme}`, async ({ page }, testInfo) => {
      const shot = (name: string) => join(testInfo.project.outputDir, 'screenshots', `${name}.png`)
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 })
      await page.goto(SEED_LINK)
      await expect(page.getByText('Ready to apply')).toBeVisible()
      await expect(page.locator('pre.code code.hljs')).toBeVisible()
      if (width <= 390) {
        // A phone user never scrolls sideways: wide content (tables, code) scrolls inside its own box.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      }
      await page.screenshot({ path: shot(`seed-${width}-${scheme}`), fullPage: true })
      if (width > 900) {
        // On a desktop the result pane scrolls by itself, so the full page does not show the files.
        await page.locator('#files').scrollIntoViewIfNeeded()
        await page.screenshot({ path: shot(`seed-${width}-${scheme}-files`) })
      }
    })
  }
}

// At phone width the table is one block per answer; its caption must still read as one line.
test('at phone width the verdict table’s caption spans the table', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(SEED_LINK)
  const table = page.getByRole('table', { name: 'The three options against your answers' })
  const tableBox = await table.boundingBox()
  const captionBox = await table.locator('caption').boundingBox()
  // Squeezed to its longest word, the caption reads one word a line.
  expect(captionBox?.height).toBeLessThan(40)
  expect(captionBox?.width).toBeGreaterThan((tableBox?.width ?? 0) * 0.8)
})

test('screenshot of an imported akv2k8s workload, 1280 px', async ({ page }, testInfo) => {
  const { readFileSync } = await import('node:fs')
  const yaml = readFileSync(
    new URL('../src/domain/migrate/fixtures/akv2k8s/env-injection.yaml', import.meta.url),
    'utf8',
  )
  await page.setViewportSize({ width: 1280, height: 1100 })
  await page.goto('/#v=1&copy=ok')
  await page.getByText('Start from your manifests').click()
  await page.getByLabel('YAML to import').fill(yaml)
  await page.getByRole('button', { name: 'Fill the answers from the import' }).click()
  await page.getByTestId('import-result').getByRole('tab', { name: 'Changes' }).click()
  await page.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', 'import-1280.png') })
})
