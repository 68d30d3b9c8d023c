import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectRecommended, Q, radio, secretRow, SEED, tabTo } from './wizard.ts'

/** The focused control shows a ring: on itself, or on its choice card for a radio. */
async function expectFocusRing(target: Locator) {
  await expect(target).toBeFocused()
  const ring = await target.evaluate((el) => {
    const shown = el.matches('input[type="radio"]') ? (el.closest('.choice') ?? el) : el
    const style = getComputedStyle(shown)
    return {
      focusVisible: el.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    }
  })
  expect(ring.focusVisible).toBe(true)
  expect(ring.style).not.toBe('none')
  expect(ring.width).toBeGreaterThanOrEqual(2)
}

test('keyboard only: from an empty page to option 3 with one object, then copy the link', async ({
  page,
}) => {
  // About 150 key presses, each a round trip to the browser: more than the default 30 s on a busy machine.
  test.setTimeout(90_000)
  await page.goto('/')
  const key = (k: string) => page.keyboard.press(k)
  const type = (text: string) => page.keyboard.type(text)

  // A radio group is one Tab stop; arrow keys move between its answers and choose.
  await tabTo(page, radio(page, Q.code, 'Yes'))
  await expectFocusRing(radio(page, Q.code, 'Yes'))
  await key('ArrowDown')
  await expect(radio(page, Q.code, 'No, not now')).toBeChecked()
  await expectFocusRing(radio(page, Q.code, 'No, not now'))

  await tabTo(page, radio(page, Q.reads, 'Environment variables'))
  await key('Space')
  await expect(radio(page, Q.reads, 'Environment variables')).toBeChecked()
  await tabTo(page, radio(page, Q.rotate, 'Not needed'))
  await key('Space')

  await tabTo(page, page.getByLabel('Container image'))
  await expectFocusRing(page.getByLabel('Container image'))
  await type(SEED.image)
  await tabTo(page, page.getByLabel('Container port'))
  await type(SEED.port)

  await tabTo(page, radio(page, Q.copy, 'Yes, a copy is acceptable'))
  await key('Space')
  await tabTo(page, page.getByLabel('Key Vault name'))
  await type(SEED.kv)

  // The form offers one object row from the start: no Add needed for the first secret.
  const row = secretRow(page, 1)
  await tabTo(page, row.getByLabel('Name in Key Vault'))
  await expectFocusRing(row.getByLabel('Name in Key Vault'))
  await type(SEED.secret)
  await tabTo(page, row.getByLabel('Env var the app reads'))
  await type(SEED.env)

  await tabTo(page, radio(page, Q.auth, 'Workload Identity'))
  await key('ArrowDown')
  await expect(radio(page, Q.auth, 'User-assigned managed identity')).toBeChecked()
  await tabTo(page, page.getByLabel('Tenant ID of the vault'))
  await type(SEED.tenant)
  await tabTo(page, page.getByLabel('Client ID of the identity'))
  await type(SEED.client)
  // azure-setup.sh names the cluster in every az command: without them the files are not ready.
  await tabTo(page, page.getByLabel('Resource group'))
  await type(SEED.rg)
  await tabTo(page, page.getByLabel('AKS cluster name'))
  await type(SEED.cluster)
  await tabTo(page, page.getByLabel('Application name'))
  await type(SEED.app)

  await expectRecommended(page, 3)
  await expect(page.getByText(/^Ready to apply/)).toBeVisible()
  await expect(row.getByLabel('Name in Key Vault')).toHaveValue(SEED.secret)

  const copyLink = page.getByTestId('copy-link')
  await tabTo(page, copyLink)
  await expectFocusRing(copyLink)
  await key('Enter')
  await expect(page.getByText('Link copied')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(page.url())
  expect(link).toContain(`o=${SEED.secret}~secret~${SEED.env}`)
})

test('the file tabs follow the arrow keys', async ({ page }) => {
  await page.goto('/#v=1&code=no&reads=env&copy=ok&app=demo&o=db~secret~DB')
  const tabs = page.getByRole('tab')
  // Start next to the tab list (the walk from the top is the test above).
  await page.getByTestId('download-all').focus()
  await tabTo(page, tabs.first())
  await expectFocusRing(tabs.first())
  await page.keyboard.press('ArrowRight')
  await expect(tabs.nth(1)).toBeFocused()
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('End')
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Home')
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true')
})
