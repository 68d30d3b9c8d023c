import { strFromU8, unzipSync } from 'fflate'
import { SEED_ARTICLE_FRAGMENT, SEED_FRAGMENT } from '../src/test-support/seeds.ts'
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { runEngine, type EngineResult } from '../src/domain/engine.ts'
import { decodePermalink } from '../src/domain/index.ts'
import { expect } from './fixtures.ts'

/** The questions, by words of their legend a user would look for. */
export const Q = {
  code: /code change now/,
  reads: /read its secrets today/,
  rotate: /secret is rotated/,
  copy: /copy of a secret be stored/,
  auth: /Which identity/,
} as const

/** The seed article's answers, as a permalink (placeholder GUIDs: the article redacts them). */
export { SEED } from '../src/test-support/seeds.ts'
export const SEED_LINK = `/#${SEED_FRAGMENT}`
/** Only what the article says: no image, tenant or client yet, so the files still miss values. */
export const SEED_ARTICLE_LINK = `/#${SEED_ARTICLE_FRAGMENT}`

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A choice card's radio: its accessible name starts with the answer, then says what it leads to. */
export function radio(page: Page, question: RegExp, answer: string): Locator {
  return page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: new RegExp(`^${escapeRegex(answer)}`) })
}

export async function choose(page: Page, question: RegExp, answer: string): Promise<void> {
  await radio(page, question, answer).check()
}

/** The n-th (1-based) Key Vault object row. */
export function secretRow(page: Page, n: number): Locator {
  return page.getByRole('group', { name: `Secret ${n}`, exact: true })
}

/**
 * Fills a Key Vault object's name and (optionally) the env var the app reads: the empty row the form
 * offers from the start, or a row added with "+ Add a Key Vault object".
 */
export async function addSecret(page: Page, name: string, env = ''): Promise<void> {
  const count = await page.getByRole('group', { name: /^Secret \d+$/ }).count()
  const lastEmpty = (await secretRow(page, count).getByLabel('Name in Key Vault').inputValue()) === ''
  const n = lastEmpty ? count : count + 1
  if (!lastEmpty) await page.getByRole('button', { name: '+ Add a Key Vault object' }).click()
  const row = secretRow(page, n)
  await row.getByLabel('Name in Key Vault').fill(name)
  if (env !== '') await row.getByLabel('Env var the app reads').fill(env)
}

/** What the engine makes of the answers in the page's address bar: the expected output. */
export function engineFor(page: Page): EngineResult {
  return runEngine(decodePermalink(page.url()).answers)
}

export function fileOf(engine: EngineResult, name: string): string {
  const file = engine.generated.files.find((f) => f.name === name)
  if (!file) throw new Error(`the engine generated no ${name}`)
  return file.content
}

/** Clicks a file's Copy button and returns what landed on the clipboard. */
export async function copyFile(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: `Copy ${name}`, exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: `Copied ${name}` })).toBeVisible()
  return page.evaluate(() => navigator.clipboard.readText())
}

/** Clicks "manifests as one YAML" and returns the saved file's name and text. */
export async function downloadManifests(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download')
  await page.getByTestId('download-manifests').click()
  const file = await download
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}

/** Clicks "download all" and returns the archive's name and its files, by path inside it. */
export async function downloadAllZip(page: Page): Promise<{ name: string; files: Record<string, string> }> {
  const download = page.waitForEvent('download')
  await page.getByTestId('download-all').click()
  const file = await download
  const entries = unzipSync(new Uint8Array(await readFile(await file.path())))
  return {
    name: file.suggestedFilename(),
    files: Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)])),
  }
}

/** The text of the selected file tab, once highlighting (loaded on demand) has replaced the plain text. */
export function codeBlock(page: Page): Locator {
  return page.getByRole('tabpanel').locator('pre.code')
}

/** Presses Tab (or Shift+Tab) until the target has focus: the way a keyboard user walks the page. */
export async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}) {
  const key = options.back ? 'Shift+Tab' : 'Tab'
  for (let i = 0; i < (options.max ?? 150); i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(key)
  }
  throw new Error(`${await target.evaluate((el) => el.outerHTML.slice(0, 120))} never took focus by ${key}`)
}

/** The recommendation panel names the recommended option, and no other, as "Option N" (ui-contract.md). */
export async function expectRecommended(page: Page, option: 1 | 2 | 3): Promise<void> {
  const panel = page.getByTestId('recommendation')
  await expect(panel).toContainText(`Option ${option}`)
  for (const other of [1, 2, 3].filter((o) => o !== option))
    await expect(panel).not.toContainText(`Option ${other}`)
}

/** The page's three entries, as the header's switch names them. */
export type ModeName = 'Decide' | 'Migrate from my YAML' | 'Troubleshoot'

/** What each mode shows first: Migrate and Troubleshoot are chunks of their own, loaded on the switch. */
const MODE_SHOWS: Record<ModeName, (page: Page) => Locator> = {
  Decide: (page) => page.getByTestId('recommendation'),
  'Migrate from my YAML': (page) => page.getByLabel('YAML to import'),
  Troubleshoot: (page) => page.getByLabel('What Kubernetes printed'),
}

/** Switches the page to a mode with the header's radio group, as a user clicks it, and waits for it. */
export async function openMode(page: Page, name: ModeName): Promise<void> {
  await page.getByRole('group', { name: 'What do you want to do?' }).getByRole('radio', { name }).check()
  await expect(MODE_SHOWS[name](page)).toBeVisible()
}

/** On a phone, a link that answers what decides the option opens on the result: one tap opens the answers. */
export async function openAnswers(page: Page): Promise<void> {
  const fold = page.getByText(/^\d+ given · change$/)
  if (await fold.isVisible()) await fold.click()
}
