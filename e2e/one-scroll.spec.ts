import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { codeBlock, SEED_LINK } from './wizard.ts'

/** Elements other than the page that scroll vertically: their content is taller than their box. */
const innerScrollers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => {
        const { overflowY } = getComputedStyle(el)
        return (overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1
      })
      .map((el) => `${el.tagName}.${el.className}`),
  )

/** Lines of the shown file in the viewport: the code's visible height over its line height. */
const linesInView = (page: Page) =>
  codeBlock(page).evaluate((pre) => {
    const r = pre.getBoundingClientRect()
    const visible = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0)
    return Math.floor(visible / parseFloat(getComputedStyle(pre).lineHeight))
  })

test.describe('one page, one scroll', () => {
  test('at 1280 nothing but the page scrolls vertically, and scrolling the page reaches the files', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(SEED_LINK)
    await expect(page.locator('pre.code code.hljs')).toBeVisible()
    expect(await innerScrollers(page)).toEqual([])
    // The mouse over the result: the wheel scrolls the page (there is no other scroller) down to the files.
    await page.mouse.move(900, 500)
    const heading = page.getByRole('heading', { name: /^Files for option 3/ })
    for (
      let i = 0;
      i < 30 && !(await heading.evaluate((h) => h.getBoundingClientRect().top < innerHeight));
      i++
    )
      await page.mouse.wheel(0, 300)
    await expect(heading).toBeInViewport()
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  })

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    test(`at ${width} px one jump to the files shows the Deployment first with at least 20 lines of YAML`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      await page.goto(SEED_LINK)
      if (width < 600) await page.getByRole('button', { name: 'Share & download' }).click()
      await page.getByRole('link', { name: 'Files ↓' }).click()
      await expect(page.getByRole('tab').first()).toHaveText('Deployment')
      await expect(page.getByRole('tab', { name: 'Deployment' })).toHaveAttribute('aria-selected', 'true')
      expect(await linesInView(page)).toBeGreaterThanOrEqual(20)
    })
  }

  test('every code block has a wrap toggle, on by default on a phone, off on a desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(SEED_LINK)
    const toggle = page.getByTestId('files').getByRole('button', { name: 'Wrap lines' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await page.getByRole('tab', { name: /Azure CLI/ }).click()
    const pre = codeBlock(page)
    const scrolls = () => pre.evaluate((el) => el.scrollWidth > el.clientWidth)
    expect(await scrolls()).toBe(true)
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(await scrolls()).toBe(false)

    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('about:blank')
    await page.goto(SEED_LINK)
    await expect(page.getByTestId('files').getByRole('button', { name: 'Wrap lines' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    // No horizontal scroll anywhere on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
})
