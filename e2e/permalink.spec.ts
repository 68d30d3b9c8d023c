import { expect, test } from './fixtures.ts'
import {
  codeBlock,
  engineFor,
  expectRecommended,
  fileOf,
  Q,
  radio,
  secretRow,
  SEED,
  SEED_LINK,
} from './wizard.ts'

test('a permalink opens with its answers, recommendation and files, without a click', async ({ page }) => {
  await page.goto(SEED_LINK)

  await expect(radio(page, Q.code, 'No, not now')).toBeChecked()
  await expect(radio(page, Q.reads, 'Environment variables')).toBeChecked()
  await expect(radio(page, Q.rotate, 'Not needed')).toBeChecked()
  await expect(radio(page, Q.copy, 'Yes, a copy is acceptable')).toBeChecked()
  await expect(radio(page, Q.auth, 'User-assigned managed identity')).toBeChecked()
  await expect(page.getByLabel('Application name')).toHaveValue(SEED.app)
  await expect(page.getByLabel('Container image')).toHaveValue(SEED.image)
  await expect(page.getByLabel('Container port')).toHaveValue(SEED.port)
  await expect(page.getByLabel('Key Vault name')).toHaveValue(SEED.kv)
  await expect(page.getByLabel('Tenant ID of the vault')).toHaveValue(SEED.tenant)
  await expect(page.getByLabel('Client ID of the identity')).toHaveValue(SEED.client)
  await expect(secretRow(page, 1).getByLabel('Name in Key Vault')).toHaveValue(SEED.secret)
  await expect(secretRow(page, 1).getByLabel('Env var the app reads')).toHaveValue(SEED.env)

  await expectRecommended(page, 3)
  await expect(page.getByText(/^Ready to apply/)).toBeVisible()
  await expect(page.getByRole('tab', { selected: true })).toBeVisible()
  // The first tab is the Deployment (the file a team takes first, issue 18), character for character.
  const first = engineFor(page).generated.files.find((f) => f.name === 'deployment.yaml')
  await expect(page.getByRole('tab', { selected: true })).toHaveText(first?.title ?? '')
  expect(await codeBlock(page).locator('code').textContent()).toBe(first?.content)
  expect(fileOf(engineFor(page), 'secretproviderclass.yaml')).toContain(SEED.kv)
})

test('the address bar follows typing, replacing the entry instead of adding one', async ({ page }) => {
  await page.goto('/#v=1&code=no')
  const entries = await page.evaluate(() => history.length)
  const app = page.getByLabel('Application name')
  await app.pressSequentially('billing')
  await expect(page).toHaveURL(/#v=1&code=no&app=billing$/)
  await page.getByLabel('Key Vault name').fill('kv-billing')
  await expect(page).toHaveURL(/[#&]kv=kv-billing(&|$)/)
  expect(await page.evaluate(() => history.length)).toBe(entries)
})

test('copy link puts a URL on the clipboard that reopens the same answers elsewhere', async ({
  page,
  browser,
}) => {
  await page.goto(SEED_LINK)
  // The namespace has a default: it sits under "Advanced", folded until opened.
  await page.getByText('Advanced', { exact: true }).click()
  await page.getByLabel('Namespace').fill('payments')
  await page.getByTestId('copy-link').click()
  await expect(page.getByText('Link copied')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(page.url())
  expect(link).toContain('ns=payments')

  // Another browser profile: nothing saved, only the link.
  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  const errors: string[] = []
  other.on('pageerror', (e) => errors.push(e.message))
  await other.goto(link)
  await expect(other.getByLabel('Namespace')).toHaveValue('payments')
  await expect(radio(other, Q.auth, 'User-assigned managed identity')).toBeChecked()
  await expect(secretRow(other, 1).getByLabel('Name in Key Vault')).toHaveValue(SEED.secret)
  await expectRecommended(other, 3)
  expect(other.url()).toBe(link)
  expect(errors).toEqual([])
  await elsewhere.close()
})

test('a damaged link keeps what it can and says what it ignored', async ({ page }) => {
  await page.goto('/#v=1&code=maybe&app=demo&zzz=1&o=~~')
  const alert = page.getByRole('alert')
  await expect(alert).toBeVisible()
  // In the question's words and its answers' labels (not the raw key and values).
  await expect(alert).toContainText(
    'Code can change: “maybe” is not one of the answers (Yes, No, not now); it was ignored',
  )
  await expect(alert).toContainText('“zzz” is not a question this page asks')
  await expect(alert).toContainText('Key Vault objects: o=~~ was ignored')
  await expect(page.getByLabel('Application name')).toHaveValue('demo')
  await expect(radio(page, Q.code, 'Yes')).not.toBeChecked()
  await expect(radio(page, Q.code, 'No, not now')).not.toBeChecked()
  // Nothing was kept from o=~~: the form shows only its empty row, not an object from the link.
  await expect(page.getByRole('group', { name: /^Secret \d+$/ })).toHaveCount(1)
  await expect(secretRow(page, 1).getByLabel('Name in Key Vault')).toHaveValue('')
  await expect(page).not.toHaveURL(/[#&]o=/)
  // The page still works: a recommendation and files from what was kept.
  await expect(page.getByTestId('recommendation')).toContainText(/Option [123]/)
  await expect(page.getByTestId('download-all')).toBeVisible()
})

test('an invalid value in a link is flagged at its field, and the files say what to fix', async ({
  page,
}) => {
  await page.goto('/#v=1&code=no&reads=file&app=demo&kv=-bad&o=db-password')
  const kv = page.getByLabel('Key Vault name')
  await expect(kv).toHaveValue('-bad')
  await expect(kv).toHaveAttribute('aria-invalid', 'true')
  await expect(kv).toHaveAccessibleDescription(/Key Vault name "-bad" must be 3–24/)
  // The message sits right under the field, not only in a summary elsewhere.
  const field = page.locator('.field').filter({ has: kv })
  await expect(field.getByText(/must be 3–24 letters/)).toBeVisible()
  await expect(page.getByLabel('Application name')).not.toHaveAttribute('aria-invalid', 'true')

  const files = page.locator('#files')
  await expect(files).toContainText('Fix this answer to see the files')
  await expect(files.getByRole('tab')).toHaveCount(0)
  await expect(files).not.toContainText('apiVersion')
  // Drawn from the first paint (the summary never changes height), but not offered while a value is invalid.
  await expect(page.getByTestId('download-all')).toBeDisabled()

  // Fixing it brings the files back.
  await kv.fill('kv-demo')
  await expect(kv).not.toHaveAttribute('aria-invalid', 'true')
  await expect(files.getByRole('tab', { name: 'SecretProviderClass' })).toBeVisible()
})

test('a hostile link renders as text and never runs script', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', async (d) => {
    dialogs++
    await d.dismiss()
  })
  const script = '<script>window.__pwned=1</script>'
  // No spaces: the command is split into args at spaces, and the tag must reach the YAML whole.
  const svg = '<svg/onload=window.__pwned=2>'
  // A start command reaches the YAML unchanged (it is valid), so the highlighted code must escape it. The tags
  // are quoted as a shell would need them (an unquoted < or > is a redirection, which the field refuses).
  const cmd = encodeURIComponent(`node app.js '${script}' '${svg}'`)
  const hostile =
    `/#v=1&code=no&reads=env&copy=no&auth=workload&image=x.io/a:1&kv=kv-demo&tenant=${SEED.tenant}` +
    `&client=${SEED.client}&cmd=${cmd}&o=db~secret~DB_PASS&app=${encodeURIComponent(script)}` +
    `&ns=%E0%A4%A&sa=%%%&%%=%zz&spc=${'x'.repeat(20_000)}&o=${encodeURIComponent(svg)}~~${'%'.repeat(500)}`
  await page.goto(hostile)

  await expect(page.getByTestId('recommendation')).toContainText(/Option [123]/)
  await expect(page.getByLabel('Application name')).toHaveValue(script)
  await expect(page.getByRole('alert')).toBeVisible()
  // Invalid values are listed as text where the files would be.
  await expect(page.locator('#files')).toContainText(/Fix these \d+ answers/)
  await expect(page.locator('#files')).toContainText(script)

  // Make the values valid except the start command: now it is in the highlighted files.
  await page.getByLabel('Application name').fill('demo')
  await page.getByLabel('Namespace').fill('')
  await page.getByRole('textbox', { name: 'Service account' }).fill('')
  await page.getByLabel('SecretProviderClass name').fill('')
  for (const row of await page.getByRole('group', { name: /^Secret \d+$/ }).all()) {
    const name = row.getByLabel('Name in Key Vault')
    if ((await name.inputValue()) !== 'db') await row.getByRole('button', { name: /^Remove/ }).click()
  }
  await expect(page.getByTestId('download-all')).toBeVisible()
  await page.getByRole('tab', { name: 'Deployment' }).click()
  await expect(codeBlock(page).locator('code.hljs')).toBeVisible()
  await expect(codeBlock(page)).toContainText(script)
  await expect(codeBlock(page)).toContainText(svg)
  await expect(codeBlock(page).locator('script, svg, img')).toHaveCount(0)

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toBe(0)
})
