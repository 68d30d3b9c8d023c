/**
 * Measures what getting around the wizard costs a user: clicks, keystrokes and Tab presses for four journeys
 * (the seed scenario up to the Deployment and the link copied, a best-practice team, an akv2k8s import, a
 * troubleshooting paste) at 1280 and 390 px, and whether the result is at hand.
 * Run against a served build (`npm run build && npm run preview`):
 *
 *     npx tsx scripts/measure-flow.ts [http://127.0.0.1:4173]
 *
 * Written against labels and test hooks only, so the same script measures the page before and after a change.
 */
import { chromium, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { DESCRIBE_TWO_FAILURES } from '../src/domain/diagnose/fixtures/describe-pod.ts'
import { SEED } from '../src/test-support/seeds.ts'
import { seedArticleByKeyboard } from '../e2e/seed-article-journey.ts'

const BASE = process.argv[2] ?? 'http://127.0.0.1:4173'

interface Scenario {
  name: string
  choices: [RegExp, string][]
  texts: [string, string][]
  object: { name: string; env: string }
  /** The file tab the team wants to take away. */
  tab: string
  lang?: string
}

const SCENARIOS: Scenario[] = [
  {
    name: 'seed scenario (option 3)',
    choices: [
      [/code change now/, 'No, not now'],
      [/read its secrets today/, 'Environment variables'],
      [/secret is rotated/, 'Not needed'],
      [/copy of a secret be stored/, 'Yes, a copy is acceptable'],
      [/Which identity/, 'User-assigned managed identity'],
    ],
    texts: [
      ['Application name', SEED.app],
      ['Container image', SEED.image],
      ['Container port', SEED.port],
      ['Key Vault name', SEED.kv],
      ['Tenant ID of the vault', SEED.tenant],
      ['Client ID of the identity', SEED.client],
    ],
    object: { name: SEED.secret, env: SEED.env },
    tab: 'SecretProviderClass',
  },
  {
    name: 'best-practice team (option 1, Node.js sample)',
    choices: [
      [/code change now/, 'Yes'],
      [/read its secrets today/, 'Environment variables'],
      [/secret is rotated/, 'While running'],
      [/copy of a secret be stored/, 'No copy in the cluster'],
      [/Which identity/, 'Workload Identity'],
    ],
    texts: [
      ['Application name', 'orders'],
      ['Container image', 'myregistry.azurecr.io/orders:2.3'],
      ['Key Vault name', 'kv-orders-prod'],
      ['Tenant ID of the vault', SEED.tenant],
      ['Client ID of the identity', SEED.client],
    ],
    object: { name: 'db-password', env: 'DB_PASSWORD' },
    tab: 'app.js',
    lang: 'Node.js',
  },
]

const radioOf = (page: Page, q: RegExp, answer: string) =>
  page.getByRole('group', { name: q }).getByRole('radio', { name: new RegExp(`^${answer}`) })
/** A new page load (not a same-document hash change), with nothing saved from an earlier run. */
async function fresh(page: Page, fragment: string) {
  await page.goto('about:blank')
  await page.goto(`${BASE}/#${fragment}`)
  await page.evaluate(() => localStorage.clear())
}
const rows = (page: Page) => page.getByRole('group', { name: /^Secret \d+$/ })
const focused = (l: Locator) =>
  l.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
const inViewport = (l: Locator) =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0
  })

/** The first object row's name and env var, each clicked and typed into: the clicks and keys it took. */
async function fillObjectByMouse(page: Page, object: Scenario['object']) {
  let clicks = 0
  let keys = 0
  const row = rows(page).first()
  for (const [label, text] of [
    ['Name in Key Vault', object.name],
    ['Env var the app reads', object.env],
  ] as const) {
    // A field the option does not use is not on the page (option 1 sets no env var from the vault).
    if ((await row.getByLabel(label).count()) === 0) continue
    await row.getByLabel(label).click()
    clicks++
    await page.keyboard.type(text)
    keys += text.length
  }
  return { clicks, keys }
}

/** Mouse and keyboard as most people use them: click a card, click a field and type. */
async function byMouse(page: Page, s: Scenario) {
  let clicks = 0
  let keys = 0
  await fresh(page, 'v=1')
  for (const [q, a] of s.choices) {
    await radioOf(page, q, a).click()
    clicks++
  }
  if (s.lang) {
    await page.getByLabel('Code sample language').selectOption({ label: s.lang })
    clicks += 2
  }
  for (const [label, text] of s.texts) {
    await page.getByLabel(label, { exact: true }).click()
    clicks++
    await page.keyboard.type(text)
    keys += text.length
  }
  if ((await rows(page).count()) === 0) {
    await page.getByRole('button', { name: '+ Add a Key Vault object' }).click()
    clicks++
  }
  const filled = await fillObjectByMouse(page, s.object)
  clicks += filled.clicks
  keys += filled.keys
  const copied = await copyDeploymentAndLink(page, s.tab === 'app.js' ? s.tab : 'Deployment')
  clicks += copied.clicks
  // Then to the files: is "Download all" in view, or does it take a jump (or scrolling)?
  await page.getByTestId('download-all').waitFor({ state: 'attached' })
  const downloadInView = await inViewport(page.getByTestId('download-all'))
  const tabInView = await inViewport(page.getByRole('tab', { name: s.tab }))
  let toFiles = 0
  if (!tabInView) {
    const jumps = [
      page.getByRole('link', { name: 'Files ↓' }),
      page.getByRole('button', { name: /^Jump to the files/ }),
    ]
    toFiles = -1 // -1: only by scrolling
    for (const jump of jumps) if ((await jump.count()) > 0 && (await inViewport(jump))) toFiles = 1
  }
  return { clicks, keys, downloadInView, tabInView, toFiles }
}

/** The phone's "Share & download" control, where the page has one: one tap to reach the link and zip. */
async function openShare(page: Page): Promise<number> {
  const share = page.getByRole('button', { name: 'Share & download' })
  if ((await share.count()) > 0 && (await share.isVisible())) {
    await share.click()
    return 1
  }
  return 0
}

/** The end of the journey: the file the team takes copied (its tab chosen first if need be), then the link. */
async function copyDeploymentAndLink(page: Page, tab: string) {
  let clicks = 0
  const t = page.getByTestId('files').getByRole('tab', { name: new RegExp(`^${tab}`) })
  await t.waitFor()
  if ((await t.getAttribute('aria-selected')) !== 'true') {
    await t.click()
    clicks++
  }
  await page
    .getByRole('button', { name: /^Copy [\w.-]+$/ })
    .first()
    .click()
  clicks++
  clicks += await openShare(page)
  await page.getByTestId('copy-link').click()
  clicks++
  return { clicks }
}

/** Presses Tab until the target (or something inside it) has focus; returns how many presses. */
async function tabTo(page: Page, target: Locator, max = 200): Promise<number> {
  for (let n = 0; n < max; n++) {
    if (await focused(target)) return n
    await page.keyboard.press('Tab')
  }
  throw new Error('never reached by Tab')
}

/** Keyboard only: Tab to each control, arrows within a radio group, type into fields. */
async function byKeyboard(page: Page, s: Scenario) {
  let tabs = 0
  let keys = 0
  await fresh(page, 'v=1')
  await page.locator('body').click({ position: { x: 1, y: 1 } })
  for (const [q, a] of s.choices) {
    const group = page.getByRole('group', { name: q })
    tabs += await tabTo(page, group)
    const target = radioOf(page, q, a)
    for (let i = 0; i < 6 && !(await target.isChecked()); i++) {
      if (await focused(target)) await page.keyboard.press('Space')
      else await page.keyboard.press('ArrowDown')
      keys++
    }
  }
  const fields: [Locator, string][] = s.texts.map(([label, text]) => [
    page.getByLabel(label, { exact: true }),
    text,
  ])
  for (const [field, text] of fields) {
    // Fields come in page order except where the form groups them differently: walk back when needed.
    const before = await field.evaluate((el) => el.compareDocumentPosition(document.activeElement ?? el) & 4)
    if (before) {
      for (let n = 0; n < 200 && !(await focused(field)); n++) {
        await page.keyboard.press('Shift+Tab')
        tabs++
      }
    } else tabs += await tabTo(page, field)
    await page.keyboard.type(text)
    keys += text.length
  }
  if ((await rows(page).count()) === 0) {
    tabs += await tabTo(page, page.getByRole('button', { name: '+ Add a Key Vault object' }))
    await page.keyboard.press('Enter')
    keys++
  }
  const name = rows(page).first().getByLabel('Name in Key Vault')
  let toNewName = 0
  if (!(await focused(name))) {
    const before = await name.evaluate((el) => el.compareDocumentPosition(document.activeElement ?? el) & 4)
    for (let n = 0; n < 200 && !(await focused(name)); n++) {
      await page.keyboard.press(before ? 'Shift+Tab' : 'Tab')
      toNewName++
    }
  }
  tabs += toNewName
  await page.keyboard.type(s.object.name)
  keys += s.object.name.length
  const env = rows(page).first().getByLabel('Env var the app reads')
  if ((await env.count()) > 0) {
    tabs += await tabTo(page, env)
    await page.keyboard.type(s.object.env)
    keys += s.object.env.length
  }
  // Then the file (its tab, chosen with arrow keys, and its Copy button) and the link.
  const tab = s.tab === 'app.js' ? 'app' : 'Deployment'
  const files = page.getByTestId('files')
  tabs += await tabTo(page, files.getByRole('tab', { selected: true }))
  for (
    let i = 0;
    i < 8 &&
    !(await files
      .getByRole('tab', { name: new RegExp(`^${tab}`) })
      .evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('ArrowRight')
    keys++
  }
  tabs += await tabTo(page, page.getByRole('button', { name: /^Copy [\w.-]+$/ }).first())
  await page.keyboard.press('Enter')
  keys++
  // The link: Shift+Tab back up to the summary (it is at the top of the page).
  let back = 0
  for (; back < 300 && !(await focused(page.getByTestId('copy-link'))); back++) {
    await page.keyboard.press('Shift+Tab')
  }
  tabs += back
  await page.keyboard.press('Enter')
  keys++
  return { tabs, keys }
}

/** A seed link opened fresh: Tab presses from the top of the page to each part of the result. */
async function fromLink(page: Page, fragment: string, width: number) {
  await page.setViewportSize({ width, height: 800 })
  await fresh(page, fragment)
  await page.getByTestId('download-all').waitFor({ state: 'attached' })
  await openShare(page)
  const inView = {
    downloadAll: await inViewport(page.getByTestId('download-all')),
    copyLink: await inViewport(page.getByTestId('copy-link')),
  }
  const tabsTo: Record<string, number> = {}
  for (const [name, target] of [
    ['recommendation', page.locator('#recommendation, [data-testid="recommendation"]').first()],
    ['copy-link', page.getByTestId('copy-link')],
    ['download-all', page.getByTestId('download-all')],
    ['first file tab', page.getByRole('tab').first()],
  ] as const) {
    await fresh(page, fragment)
    await page.getByTestId('download-all').waitFor({ state: 'attached' })
    // Skip links work by Enter on a link reached with Tab; count Enter as one key press.
    let n = 0
    let enters = 0
    const skip = page.getByRole('link', {
      name: new RegExp(`^Skip to the ${name === 'recommendation' ? 'recommendation' : 'files'}`),
    })
    if ((await skip.count()) > 0 && (name === 'recommendation' || name === 'first file tab')) {
      n += await tabTo(page, skip)
      await page.keyboard.press('Enter')
      enters++
    }
    // On a phone the link and the zip sit behind "Share & download": Tab to it, Enter, then on.
    const share = page.getByRole('button', { name: 'Share & download' })
    if ((name === 'copy-link' || name === 'download-all') && (await share.isVisible())) {
      n += await tabTo(page, share)
      await page.keyboard.press('Enter')
      enters++
    }
    n += await tabTo(page, target)
    tabsTo[name] = n + enters
  }
  return { inView, tabsTo }
}

/** Typing a value by hand into a complete seed scenario: on how many keystrokes the files were gone. */
async function blankWhileTyping(page: Page, fragment: string, label: string, text: string) {
  await fresh(page, fragment)
  await page.getByRole('tab').first().waitFor()
  const field = page.getByLabel(label, { exact: true })
  await field.fill('')
  let blank = 0
  for (const char of text) {
    await field.press(char === '-' ? 'Minus' : char)
    if ((await page.getByTestId('files').getByRole('tab').count()) === 0) blank++
  }
  return `${blank} of ${text.length} keystrokes`
}

/** The seed scenario from a preset: one click for the five choices, then the names. */
async function seedFromPreset(page: Page) {
  const s = SCENARIOS[0] as Scenario
  let clicks = 0
  let keys = 0
  await fresh(page, 'v=1')
  await page.getByRole('button', { name: /^Lift-and-shift/ }).click()
  clicks++
  for (const [label, text] of s.texts) {
    await page.getByLabel(label, { exact: true }).click()
    clicks++
    await page.keyboard.type(text)
    keys += text.length
  }
  const filled = await fillObjectByMouse(page, s.object)
  clicks += filled.clicks
  keys += filled.keys
  clicks += (await copyDeploymentAndLink(page, 'Deployment')).clicks
  return { clicks, keys }
}

/**
 * The seed article's scenario (SEED_ARTICLE_FRAGMENT: the article gives the five choices, the app name, the
 * vault and one secret with its env var, nothing else) from an empty page, by mouse: the preset that matches,
 * a click into the first field and Tab from field to field (counted apart as keys), the Deployment copied,
 * the link copied (on a phone through "Share & download").
 */
async function seedArticleByMouse(page: Page) {
  let clicks = 0
  let tabs = 0
  let keys = 0
  await fresh(page, 'v=1')
  await page.getByRole('button', { name: /^Lift-and-shift/ }).click()
  clicks++
  if ((await rows(page).count()) === 0) {
    await page.getByRole('button', { name: '+ Add a Key Vault object' }).click()
    clicks++
  }
  const row = rows(page).first()
  const fields: [Locator, string][] = [
    [page.getByLabel('Application name', { exact: true }), SEED.app],
    [page.getByLabel('Key Vault name', { exact: true }), SEED.kv],
    [row.getByLabel('Name in Key Vault'), SEED.secret],
    [row.getByLabel('Env var the app reads'), SEED.env],
  ]
  let first = true
  for (const [field, text] of fields) {
    // The first field by a click; the next by Tab when it is the next stop, else by a click.
    if (first) {
      await field.click()
      clicks++
      first = false
    } else {
      let n = 0
      while (n < 3 && !(await focused(field))) {
        await page.keyboard.press('Tab')
        n++
      }
      if (await focused(field)) tabs += n
      else {
        for (let i = 0; i < n; i++) await page.keyboard.press('Shift+Tab')
        await field.click()
        clicks++
      }
    }
    await page.keyboard.type(text)
    keys += text.length
  }
  clicks += (await copyDeploymentAndLink(page, 'Deployment')).clicks
  const clip = await page.evaluate(() => navigator.clipboard.readText())
  return { clicks, tabs, keys, linkCopied: clip.includes('kv=kv-aks-cloudadventures') }
}

/** An akv2k8s team: paste its manifests, fill the answers from them, and check the page and import agree. */
async function akv2k8s(page: Page) {
  const yaml = readFileSync(
    new URL('../src/domain/migrate/fixtures/akv2k8s/secret-sync.yaml', import.meta.url),
    'utf8',
  )
  let clicks = 0
  await fresh(page, 'v=1')
  await page.getByRole('radio', { name: 'Migrate from my YAML' }).check()
  clicks++
  const box = page.getByLabel('YAML to import')
  await box.click()
  clicks++
  await box.fill(yaml) // one paste
  await page.getByRole('button', { name: 'Fill the answers from the import' }).click()
  clicks++
  const result = page.getByTestId('import-result')
  await result.waitFor()
  const bar = page.getByRole('region', { name: 'Result at a glance' })
  const pageOption = /Option (\d)/.exec(await bar.innerText())?.[1]
  const importOption = /option (\d)/.exec(await result.innerText())?.[1]
  const top = await result.evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY))
  return { clicks, pageOption, importOption, agree: pageOption === importOption, resultAtY: top }
}

/** Something fails: from the seed link, how far down the paste box is, and the clicks to the first finding. */
async function troubleshoot(page: Page) {
  await fresh(page, SEED_FRAGMENT)
  await page.getByTestId('download-all').waitFor({ state: 'attached' })
  let clicks = 0
  await page.getByRole('radio', { name: 'Troubleshoot' }).check()
  clicks++
  const box = page.getByLabel('What Kubernetes printed')
  await box.waitFor()
  const boxAtY = await box.evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY))
  await box.click()
  clicks++
  await box.fill(DESCRIBE_TWO_FAILURES)
  await page.getByTestId('finding').first().waitFor()
  const findings = await page.getByTestId('finding').count()
  const tabsToBox = await (async () => {
    // Tab to the mode switch, two arrow presses to Troubleshoot (each counted as a key), Tab on to the box.
    await fresh(page, SEED_FRAGMENT)
    await page.getByTestId('download-all').waitFor({ state: 'attached' })
    const toSwitch = await tabTo(page, page.getByRole('radio', { name: 'Decide' }), 400)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    return toSwitch + 2 + (await tabTo(page, page.getByLabel('What Kubernetes printed'), 400))
  })()
  return { clicks, boxAtY, tabsToBox, findings }
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const context = await browser.newContext({
  viewport: { width: 1280, height: 800 },
  permissions: ['clipboard-read', 'clipboard-write'],
})
const page = await context.newPage()
const { SEED_FRAGMENT } = await import('../src/test-support/seeds.ts')
/** journey × width → what a mouse user and a keyboard user spend (printed as one table at the end). */
const table = new Map<string, { mouse?: string; keyboard?: string }>()
const cell = (journey: string, width: number, how: 'mouse' | 'keyboard', text: string) => {
  const key = `${journey} | ${width}`
  table.set(key, { ...table.get(key), [how]: text })
}
const widths = [1280, 390] as const
for (const width of widths) {
  await page.setViewportSize({ width, height: 800 })
  const m = await seedArticleByMouse(page)
  console.log('seed article', width, 'mouse', JSON.stringify(m))
  cell('seed article', width, 'mouse', `${m.clicks} clicks + ${m.tabs} Tab`)
  await fresh(page, 'v=1')
  const trace: string[] = []
  const { deploymentCopied, linkCopied, ...k } = await seedArticleByKeyboard(page, trace)
  const copied = {
    deploymentCopied: deploymentCopied.includes('kind: Deployment'),
    linkCopied: linkCopied.includes(`kv=${SEED.kv}`),
  }
  console.log('seed article', width, 'keyboard', JSON.stringify({ ...k, ...copied }))
  if (process.env.TRACE) console.log(trace.map((t, n) => `  ${n + 1} ${t}`).join('\n'))
  cell('seed article', width, 'keyboard', `${k.tabs} Tab + ${k.keys} other keys`)
}
for (const s of SCENARIOS) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 })
    const m = await byMouse(page, s)
    console.log(s.name, width, 'mouse', JSON.stringify(m))
    cell(s.name, width, 'mouse', `${m.clicks} clicks`)
    const k = await byKeyboard(page, s)
    console.log(s.name, width, 'keyboard', JSON.stringify(k))
    cell(s.name, width, 'keyboard', `${k.tabs} Tab + ${k.keys} other keys`)
  }
}
for (const width of widths) {
  await page.setViewportSize({ width, height: 800 })
  const p = await seedFromPreset(page)
  console.log('seed scenario from a preset', width, 'mouse', JSON.stringify(p))
  cell('seed scenario from a preset', width, 'mouse', `${p.clicks} clicks`)
  const a = await akv2k8s(page)
  console.log('akv2k8s import', width, 'mouse', JSON.stringify(a))
  cell('akv2k8s import', width, 'mouse', `${a.clicks} clicks`)
  const t = await troubleshoot(page)
  console.log('troubleshoot', width, 'mouse', JSON.stringify(t))
  cell('troubleshoot', width, 'mouse', `${t.clicks} clicks`)
  cell('troubleshoot', width, 'keyboard', `${t.tabsToBox} keys to the paste box (Tab + 2 arrows)`)
}
for (const width of widths)
  console.log('seed link', width, JSON.stringify(await fromLink(page, SEED_FRAGMENT, width)))
// At 1280: a phone folds the answers of a seed link (step 1), so the fields are not there to type into.
await page.setViewportSize({ width: 1280, height: 800 })
for (const [label, text] of [
  ['Key Vault name', SEED.kv],
  ['Tenant ID of the vault', SEED.tenant],
] as const) {
  console.log(
    `files blank while typing ${label} by hand:`,
    await blankWhileTyping(page, SEED_FRAGMENT, label, text),
  )
}
console.log('\n| journey | width | mouse | keyboard |\n|---|---|---|---|')
for (const [key, { mouse, keyboard }] of table)
  console.log(`| ${key} | ${mouse ?? '–'} | ${keyboard ?? '–'} |`)
await browser.close()
