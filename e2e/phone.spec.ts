import { expect, test } from './fixtures.ts'
import { engineFor, fileOf, SEED_LINK } from './wizard.ts'

// Issue 18 on a 390 px phone: two steps, one sticky line, one control for the link and the files.
test.describe('a 390 px phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
  })

  test('one sticky line of at most 56 px: the option in words, one count, one "Share & download"', async ({
    page,
  }) => {
    await page.goto(SEED_LINK)
    const bar = page.getByRole('region', { name: 'Result at a glance' })
    await expect(page.getByTestId('download-all')).toBeAttached()
    expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(56)
    // The option's words all shown, none cut off by the line.
    const option = bar.locator('.summary-option')
    expect(await option.innerText()).toBe('Option 3 · synced Secret → env vars')
    expect(await option.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true)
    expect(await page.getByTestId('readiness').innerText()).toBe('✔ ready')
    await expect(bar.getByRole('button')).toHaveCount(1)
    // It stays at the top while the page scrolls.
    await page.evaluate(() => window.scrollTo(0, 3000))
    expect((await bar.boundingBox())?.y).toBe(0)

    await bar.getByRole('button', { name: 'Share & download' }).click()
    for (const name of ['Copy link', 'Download all (.zip)', 'Copy deployment.yaml'])
      await expect(bar.getByRole('button', { name, exact: true })).toBeVisible()
    await bar.getByRole('button', { name: 'Copy deployment.yaml' }).click()
    await expect(bar.getByRole('status')).toHaveText('Copied deployment.yaml')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      fileOf(engineFor(page), 'deployment.yaml'),
    )
  })

  test('the line steps aside while a field has focus, and comes back after', async ({ page }) => {
    await page.goto(SEED_LINK)
    const bar = page.getByRole('region', { name: 'Result at a glance' })
    await expect(bar).toBeVisible()
    await page.getByText(/given · change$/).click()
    await page.getByLabel('Key Vault name').focus()
    await expect(bar).toBeHidden()
    await page.getByLabel('Key Vault name').blur()
    await expect(bar).toBeVisible()
    // A choice opens no keyboard: the line stays while a radio has focus.
    await page.getByRole('radio', { name: /^Files/ }).focus()
    await expect(bar).toBeVisible()
  })

  test('the answers are step 1 and the result step 2, one below the other', async ({ page }) => {
    await page.goto(SEED_LINK)
    const one = page.getByRole('heading', { name: 'Step 1 · Your answers' })
    const two = page.getByRole('heading', { name: 'Step 2 · The result' })
    await expect(one).toBeVisible()
    await expect(two).toBeAttached()
    expect((await one.boundingBox())!.y).toBeLessThan((await two.boundingBox())!.y)
    expect((await two.boundingBox())!.y).toBeLessThan(
      (await page.getByTestId('recommendation').boundingBox())!.y,
    )
    // Two columns at 1280: no steps.
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect(one).toBeHidden()
  })

  test('a shared link opens on the result: the answers fold to one line, the recommendation is on the first screens', async ({
    page,
  }) => {
    await page.goto(SEED_LINK)
    const recommendation = page.getByTestId('recommendation')
    await expect(recommendation).toBeVisible()
    // Issue 18: within the first 1.5 screens of a 390 × 844 phone.
    expect((await recommendation.boundingBox())!.y).toBeLessThan(844 * 1.5)
    await expect(page.getByLabel('Key Vault name')).toBeHidden()
    // One tap opens them, with every answer the link gave.
    await page.getByText(/^\d+ given · change$/).click()
    await expect(page.getByLabel('Key Vault name')).toHaveValue('kv-aks-cloudadventures')
    await page.getByText('Fold', { exact: true }).click()
    await expect(page.getByLabel('Key Vault name')).toBeHidden()
    // A message that points to a question opens them too: the lever's link to "Code can change".
    await page.getByRole('button', { name: 'Code can change', exact: true }).click()
    await expect(page.getByRole('radio', { name: /^Yes/ }).first()).toBeVisible()
    // An empty page starts on step 1, open.
    await page.goto('/#v=1')
    await page.reload()
    await expect(page.getByLabel('Key Vault name')).toBeVisible()
  })

  test('every tap target is at least 44 px high and every field typed into has 16 px text', async ({
    page,
  }) => {
    await page.goto(SEED_LINK)
    await page.getByText(/given · change$/).click()
    await page.getByText('Advanced', { exact: true }).click()
    await page.getByRole('button', { name: 'Share & download' }).click()
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'button, select, input:not([type=radio]):not([type=checkbox]):not([type=file]), summary, .choice, a.jump',
        ),
      ]
        // Inline links within a sentence are exempt (WCAG 2.5.8); the Finish line's values are not.
        .filter((el) => !el.matches(':is(p, li, td, th) button.link:not(.finish-step)'))
        .filter((el) => {
          const r = el.getBoundingClientRect()
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
        })
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => `${el.tagName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
    )
    expect(small).toEqual([])
    const fonts = await page
      .locator('input:not([type=radio]):not([type=file]), select, textarea')
      .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).fontSize))])
    expect(fonts).toEqual(['16px'])
  })
})
