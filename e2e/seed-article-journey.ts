import type { Locator, Page } from '@playwright/test'
import { SEED } from '../src/test-support/seeds.ts'

/**
 * The seed article's scenario by keyboard alone, as a user would walk it from an empty page (issue 18):
 * Tab to the preset that matches it (Lift-and-shift sets the article's five choices) and Enter, then the
 * application name, the vault, the secret's name and its env var, the Deployment copied, the link copied
 * (on a phone through "Share & download"). Only Tab and Shift+Tab are counted as `tabs`; Enter, Space and
 * typed characters are `keys`. Shared by scripts/measure-flow.ts and e2e/seed-article.spec.ts, so the
 * figure the script prints is the one the test holds to its target.
 */
export async function seedArticleByKeyboard(page: Page, trace?: string[]) {
  let tabs = 0
  let keys = 0
  const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement)
  /** Tab (or Shift+Tab when the target is above the focus) until the target has focus. */
  const reach = async (target: Locator) => {
    await target.waitFor({ state: 'attached' })
    const above = await target.evaluate(
      (el) =>
        document.activeElement !== null &&
        document.activeElement !== document.body &&
        (el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    )
    for (let n = 0; n < 300; n++) {
      if (await isFocused(target)) return
      await page.keyboard.press(above ? 'Shift+Tab' : 'Tab')
      tabs++
      trace?.push(
        await page.evaluate(() => {
          const el = document.activeElement
          if (!el) return '(none)'
          const name = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.slice(0, 40) ?? ''
          return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${name.replace(/\s+/g, ' ')}`
        }),
      )
    }
    throw new Error(`${await target.evaluate((el) => el.outerHTML.slice(0, 120))} never took focus`)
  }
  const press = async (key: string) => {
    await page.keyboard.press(key)
    keys++
  }
  const type = async (text: string) => {
    await page.keyboard.type(text)
    keys += text.length
  }

  await reach(page.getByRole('button', { name: /^Lift-and-shift/ }))
  await press('Enter')
  await reach(page.getByLabel('Application name', { exact: true }))
  await type(SEED.app)
  await reach(page.getByLabel('Key Vault name', { exact: true }))
  await type(SEED.kv)
  const rows = page.getByRole('group', { name: /^Secret \d+$/ })
  if ((await rows.count()) === 0) {
    await reach(page.getByRole('button', { name: '+ Add a Key Vault object' }))
    await press('Enter')
  }
  const row = rows.first()
  await reach(row.getByLabel('Name in Key Vault'))
  await type(SEED.secret)
  await reach(row.getByLabel('Env var the app reads'))
  await type(SEED.env)

  // The page's own jump to the files, where it has one past the form.
  const toFiles = page.getByRole('link', { name: '↓ Next: the generated files' })
  if ((await toFiles.count()) > 0) {
    await reach(toFiles)
    await press('Enter')
  }
  // The Deployment is option 3's first tab: the selected one when the files appear.
  const files = page.getByTestId('files')
  const deployment = files.getByRole('tab', { name: /^Deployment/ })
  await deployment.waitFor()
  await reach(files.getByRole('tab', { selected: true }))
  for (let i = 0; i < 8 && !(await isFocused(deployment)); i++) await press('ArrowRight')
  await reach(files.getByRole('button', { name: /^Copy [\w.-]+$/ }).first())
  await press('Enter')
  const deploymentCopied = await page.evaluate(() => navigator.clipboard.readText())

  // Back up to the link: by the page's jump where it has one, else Shift+Tab all the way.
  const back = page.getByRole('button', { name: 'Link and Download all ↑' })
  if ((await back.count()) > 0) {
    await reach(back)
    await press('Enter')
  }
  // Hidden from the accessibility tree while a text field has focus on a phone (the on-screen keyboard).
  const share = page.getByRole('button', { name: 'Share & download', includeHidden: true })
  if (await share.isVisible()) {
    await reach(share)
    await press('Enter')
  }
  await reach(page.getByTestId('copy-link'))
  await press('Enter')
  await page.getByText('Link copied').waitFor()
  const linkCopied = await page.evaluate(() => navigator.clipboard.readText())
  return { tabs, keys, deploymentCopied, linkCopied }
}
