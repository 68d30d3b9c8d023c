import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every test runs under two guards a user would notice: no uncaught error in the page, and no request to
 * any host but the page's own (the app is static and offline; nothing may leave the origin).
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page, baseURL }, use) => {
    const errors: string[] = []
    const foreign: string[] = []
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url)
    })
    await use(page)
    expect(errors, 'uncaught errors in the page').toEqual([])
    expect(foreign, 'requests to other hosts').toEqual([])
  },
})

export { expect }
