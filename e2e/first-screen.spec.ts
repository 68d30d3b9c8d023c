import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { SEED_LINK } from './wizard.ts'

/**
 * The first screen never moves once painted (issue 18): the layout shift of a page load, summed as
 * Lighthouse's CLS does (every shift not caused by input), under 4× CPU throttling so the lazy generator
 * chunk arrives late, as on a mid-range phone.
 */
async function loadShift(page: Page, url: string): Promise<{ total: number; sources: string[] }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: { total: number; sources: string[] } }
    w.__shift = { total: 0, sources: [] }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
        sources?: { node?: Node }[]
      })[]) {
        if (e.hadRecentInput) continue
        w.__shift.total += e.value
        for (const s of e.sources ?? []) {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement
          w.__shift.sources.push(
            `${e.value.toFixed(4)} ${el?.tagName ?? '?'}.${el?.className ?? ''}#${el?.id ?? ''}`,
          )
        }
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(url)
  // Settled: the files (the lazy chunk) are highlighted, and a moment more for anything after them.
  await expect(page.locator('pre.code code.hljs').first()).toBeVisible({ timeout: 30_000 })
  await page.waitForTimeout(1500)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const shift = await page.evaluate(
    () => (window as unknown as { __shift: { total: number; sources: string[] } }).__shift,
  )
  test.info().annotations.push({ type: 'CLS', description: shift.total.toFixed(4) })
  console.log(`CLS ${url} ${page.viewportSize()?.width}px: ${shift.total.toFixed(4)}`)
  return shift
}

test.describe('a stable first screen', () => {
  test('the empty page at 412×823 shifts less than 0.05 on load', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 })
    const shift = await loadShift(page, '/')
    expect(shift.total, shift.sources.join('\n')).toBeLessThan(0.05)
  })

  test('the seed link at 1280×800 shifts less than 0.05 on load', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    const shift = await loadShift(page, SEED_LINK)
    expect(shift.total, shift.sources.join('\n')).toBeLessThan(0.05)
  })

  test('the seed link at 412×823 shifts less than 0.05 on load', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 })
    const shift = await loadShift(page, SEED_LINK)
    expect(shift.total, shift.sources.join('\n')).toBeLessThan(0.05)
  })

  test('the summary bar draws its download buttons from the first paint, and keeps its height', async ({
    page,
  }) => {
    // Hold back every script the HTML does not name (the lazy chunks): the bar must already hold every
    // control, disabled, and keep its height when they arrive.
    const html = await (await page.request.get('/')).text()
    const firstScreen = new Set([...html.matchAll(/assets\/[^"']+\.js/g)].map((m) => m[0]))
    let release: () => void = () => {}
    const held = new Promise<void>((r) => (release = r))
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^.*?(assets\/)/, '$1')
      if (!firstScreen.has(path)) await held
      await route.continue()
    })
    await page.setViewportSize({ width: 412, height: 823 })
    await page.goto(SEED_LINK, { waitUntil: 'commit' })
    const bar = page.getByRole('region', { name: 'Result at a glance' })
    await expect(bar).toBeVisible()
    await expect(page.getByTestId('download-all')).toBeDisabled()
    await expect(page.getByTestId('download-decision')).toBeDisabled()
    const before = await bar.boundingBox()
    release()
    await expect(page.getByTestId('download-all')).toBeEnabled({ timeout: 30_000 })
    const after = await bar.boundingBox()
    expect(after?.height).toBe(before?.height)
    expect(after?.height).toBeLessThanOrEqual(56)
  })
})
