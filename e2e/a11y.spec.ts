import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
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
