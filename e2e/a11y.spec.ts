import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { SAMPLES } from '../src/domain/diagnose/fixtures/messages.ts'
import { expect, test } from './fixtures.ts'
import { SEED_LINK } from './wizard.ts'

const PAGES = [
  { name: 'the empty page', url: '/', hasFiles: true },
  { name: 'the seed permalink', url: SEED_LINK, hasFiles: true },
  {
    name: 'an invalid-input page',
    url: '/#v=1&code=no&app=Demo_App&kv=-bad&tenant=nope&o=db',
    hasFiles: false,
  },
] as const

/** Serious and critical problems only: the ones that lock a user out of something. */
async function blockingViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }))
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    for (const { name, url, hasFiles } of PAGES) {
      test(`no serious or critical axe violations: ${name}, ${scheme}, ${width} px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme })
        await page.setViewportSize({ width, height: 900 })
        await page.goto(url)
        await expect(page.getByTestId('recommendation')).toBeVisible()
        // Contrast is judged on the final colours: wait for the highlighted code where there is some.
        if (hasFiles) await expect(page.locator('pre.code code.hljs')).toBeVisible()
        else await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible()
        expect(await blockingViolations(page)).toEqual([])
      })
    }
  }
}

// Issue 18: the other two modes, each with its result on screen (the diff, the checklist, the findings with
// the offer of the log's tenant), at both widths, light and dark.
const AKV2K8S = readFileSync(
  new URL('../src/domain/migrate/fixtures/akv2k8s/env-injection.yaml', import.meta.url),
  'utf8',
)
const RBAC_403 = SAMPLES.find((s) => s.id === 'kv-rbac-denied')?.message ?? ''

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    test(`no serious or critical axe violations: Migrate with a diff and the checklist, ${scheme}, ${width} px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/?mode=migrate#v=1&code=no')
      expect(await blockingViolations(page)).toEqual([]) // before any paste
      await page.getByLabel('YAML to import').fill(AKV2K8S)
      const result = page.getByTestId('import-result')
      await expect(result.locator('pre.code code.hljs')).toBeVisible()
      expect(await blockingViolations(page)).toEqual([]) // the patched manifests and the copy question
      await result.getByRole('tab', { name: 'Changes' }).click()
      await expect(result.getByTestId('object-diff').first()).toBeVisible()
      expect(await blockingViolations(page)).toEqual([])
      await result.getByRole('tab', { name: 'Checklist' }).click()
      await expect(result.getByRole('list', { name: 'Migration checklist' })).toBeVisible()
      expect(await blockingViolations(page)).toEqual([])
    })

    test(`no serious or critical axe violations: Troubleshoot with findings and the log's values, ${scheme}, ${width} px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/?mode=troubleshoot#v=1&code=no&kv=kv-demo')
      await expect(page.getByLabel('What Kubernetes printed')).toBeVisible()
      expect(await blockingViolations(page)).toEqual([])
      await page.getByLabel('What Kubernetes printed').fill(RBAC_403)
      await expect(page.getByTestId('log-offers')).toBeVisible()
      await expect(page.getByTestId('finding').first()).toBeVisible()
      expect(await blockingViolations(page)).toEqual([])
    })
  }
}
