import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openAnswers, openMode, SEED_LINK } from './wizard.ts'

/** "Files ↓": in the summary at a desktop width, behind "Share & download" on a phone. */
async function jumpToFiles(page: Page) {
  // A tap outside the field ends its focus: on a phone the summary line is hidden until then.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const share = page.getByRole('button', { name: 'Share & download' })
  if (await share.isVisible()) await share.click()
  await page.getByRole('link', { name: 'Files ↓' }).click()
}

const shotPath = (testInfo: TestInfo, name: string) =>
  join(testInfo.project.outputDir, 'screenshots', `${name}.png`)

async function open(page: Page, scheme: 'light' | 'dark', width: number, url = SEED_LINK) {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
  await page.setViewportSize({ width, height: 800 })
  await page.goto('about:blank') // a new load, not a same-page hash change
  await page.goto(url)
}

// Not compared with anything: these are for a human to look at after a run (test-results/screenshots/).
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`screenshot of the seed permalink, ${width} px, ${scheme}`, async ({ page }, testInfo) => {
      const shot = (name: string) => shotPath(testInfo, name)
      await open(page, scheme, width)
      await expect(page.getByText(/^Ready to apply/)).toBeVisible()
      await expect(page.locator('pre.code code.hljs')).toBeVisible()
      if (width <= 390) {
        // A phone user never scrolls sideways: wide content (tables, code) scrolls inside its own box.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      }
      await page.screenshot({ path: shot(`seed-${width}-${scheme}-first-viewport`) })
      await page.screenshot({ path: shot(`seed-${width}-${scheme}`), fullPage: true })
      await jumpToFiles(page)
      await expect(page.getByTestId('files')).toBeInViewport()
      await page.screenshot({ path: shot(`seed-${width}-${scheme}-files`) })
    })

    test(`screenshot of the flow's states, ${width} px, ${scheme}`, async ({ page }, testInfo) => {
      const shot = (name: string) => shotPath(testInfo, name)
      // Typing an invalid vault name: the last good files stay, dimmed, under a banner with a fix.
      await open(page, scheme, width)
      await openAnswers(page)
      const kv = page.getByLabel('Key Vault name')
      await kv.fill('https://kv-aks-cloudadventures.vault.azure.net/')
      await expect(page.getByText('These are the files from before your last change')).toBeVisible()
      await jumpToFiles(page)
      await page.screenshot({ path: shot(`stale-${width}-${scheme}-files`) })
      await kv.scrollIntoViewIfNeeded()
      await page.screenshot({ path: shot(`stale-${width}-${scheme}-field`) })

      // A lever tried: the recommendation moves, the page says so.
      await open(page, scheme, width)
      await page.getByRole('button', { name: /^Try it: “Copy in a Kubernetes Secret: No copy/ }).click()
      await expect(page.getByText(/Now option 2 \(was option 3\)/)).toBeVisible()
      await page.getByRole('link', { name: /^Option 2/ }).click()
      await page.screenshot({ path: shot(`lever-${width}-${scheme}`) })

      // A preset applied: what it set, and Undo, where it was tapped.
      await open(page, scheme, width, '/#v=1')
      await page.getByRole('button', { name: /^New app that can use the SDK/ }).click()
      await expect(page.getByText('Applied the preset')).toBeVisible()
      await page.screenshot({ path: shot(`preset-${width}-${scheme}`) })

      // A damaged link: notices in the questions' words.
      await open(page, scheme, width, '/#v=1&code=maybe&%01=x&evil=1&app=demo')
      await page.screenshot({ path: shot(`notices-${width}-${scheme}`) })
    })
  }
}

// At phone width the table is one block per answer; its caption must still read as one line.
test('at phone width the verdict table’s caption spans the table', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(SEED_LINK)
  await page.getByText('Verdict table: every option against every answer').click()
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
  await openMode(page, 'Migrate from my YAML')
  await page.getByLabel('YAML to import').fill(yaml)
  await page.getByRole('button', { name: 'Fill the answers from the import' }).click()
  await page.getByTestId('import-result').getByRole('tab', { name: 'Changes' }).click()
  await page.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', 'import-1280.png') })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.getByTestId('import-result').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', 'import-390.png') })
})

test('screenshot of Something fails? with two findings, 1280 and 390 px', async ({ page }, testInfo) => {
  const { DESCRIBE_TWO_FAILURES } = await import('../src/domain/diagnose/fixtures/describe-pod.ts')
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('about:blank')
    await page.goto(SEED_LINK)
    await openMode(page, 'Troubleshoot')
    const section = page.getByRole('region', { name: 'Something fails?' })
    await section.getByLabel('What Kubernetes printed').fill(DESCRIBE_TWO_FAILURES)
    await expect(section.getByTestId('finding')).toHaveCount(2)
    await section.getByTestId('finding').first().scrollIntoViewIfNeeded()
    await page.screenshot({
      path: join(testInfo.project.outputDir, 'screenshots', `troubleshoot-${width}.png`),
    })
  }
})

// Issue 18: each mode at both widths, light and dark, with its result on screen (looked at, described in
// the note): test-results/.../screenshots/mode-<mode>-<width>-<scheme>.png.
test('screenshots of the three modes, 1280 and 390 px, light and dark', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  const { readFileSync } = await import('node:fs')
  const { SAMPLES } = await import('../src/domain/diagnose/fixtures/messages.ts')
  const yaml = readFileSync(
    new URL('../src/domain/migrate/fixtures/akv2k8s/env-injection.yaml', import.meta.url),
    'utf8',
  )
  const rbac = SAMPLES.find((s) => s.id === 'kv-rbac-denied')?.message ?? ''
  const shot = (name: string) => join(testInfo.project.outputDir, 'screenshots', `mode-${name}.png`)
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
      await page.goto('about:blank')
      await page.goto(SEED_LINK)
      await expect(page.locator('pre.code code.hljs')).toBeVisible()
      await page.screenshot({ path: shot(`decide-${width}-${scheme}`) })

      await openMode(page, 'Migrate from my YAML')
      await page.getByLabel('YAML to import').fill(yaml)
      const result = page.getByTestId('import-result')
      await result.getByRole('tab', { name: 'Changes' }).click()
      await result.getByTestId('object-diff').nth(1).scrollIntoViewIfNeeded()
      await page.screenshot({ path: shot(`migrate-${width}-${scheme}`) })
      await result.getByRole('tab', { name: 'Checklist' }).click()
      await result.getByRole('tab', { name: 'Checklist' }).scrollIntoViewIfNeeded()
      await page.screenshot({ path: shot(`migrate-checklist-${width}-${scheme}`) })
      await page.getByLabel('YAML to import').fill('')

      await page.goto('about:blank')
      await page.goto('/?mode=troubleshoot#v=1&code=no&kv=kv-demo')
      await page.getByLabel('What Kubernetes printed').fill(rbac)
      await expect(page.getByTestId('log-offers')).toBeVisible()
      await page.getByTestId('log-offers').scrollIntoViewIfNeeded()
      await page.screenshot({ path: shot(`troubleshoot-${width}-${scheme}`) })
    }
  }
})
