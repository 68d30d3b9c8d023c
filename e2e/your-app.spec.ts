import { expect, test } from './fixtures.ts'
import { choose, Q, radio, secretRow, SEED_LINK } from './wizard.ts'

// Issue 18, "Your app" first: what people know first is asked first; what has a default is folded.
test('the first card asks for the app, its vault and its objects; the decisive questions follow as one-line choices', async ({
  page,
}) => {
  await page.goto('/#v=1')
  // The first card of questions (after the optional import), before any decisive question.
  const first = page.getByRole('region', { name: 'Your app' })
  const cards = await page
    .locator('.answers-pane h2:not(.step), .answers-pane .summary-title')
    .allTextContents()
  expect(cards.filter((title) => !title.includes('manifests'))).toEqual([
    'Your app',
    'What decides the option',
    'Image and Azure',
    'Advanced',
  ])
  // The folded importer above it is one line: its marker beside its title, not above it.
  await page.setViewportSize({ width: 1280, height: 800 })
  expect((await page.locator('details.import > summary').boundingBox())?.height).toBeLessThan(40)
  await expect(first.getByLabel('Application name')).toBeVisible()
  await expect(first.getByLabel('Key Vault name')).toBeVisible()
  await expect(first.getByRole('button', { name: '+ Add a Key Vault object' })).toBeVisible()
  await first.getByRole('button', { name: '+ Add a Key Vault object' }).click()
  // A neutral placeholder, never the article's real secret name.
  await expect(secretRow(page, 1).getByLabel('Name in Key Vault')).toHaveAttribute('placeholder', 'my-secret')

  // Each decisive question is one row of answers (all radios on one line at 1280), its consequence one line.
  await page.setViewportSize({ width: 1280, height: 800 })
  // The identity's five long answers wrap in the questions column; the other four fit one line.
  for (const q of [Q.code, Q.reads, Q.rotate, Q.copy]) {
    const tops = await page
      .getByRole('group', { name: q })
      .getByRole('radio')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)))
    expect(new Set(tops).size, `${q} on one line`).toBe(1)
  }
  await choose(page, Q.copy, 'Yes, a copy is acceptable')
  await expect(page.getByRole('group', { name: Q.copy })).toContainText(
    'Env vars can come from a synced Secret.',
  )
  await expect(page.getByRole('group', { name: Q.copy })).not.toContainText('Secrets stay in Key Vault')
})

test('namespace, service account, class name, mount path, poll interval and cloud sit under a folded "Advanced"', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  const advanced = page.locator('details.advanced')
  await expect(advanced).not.toHaveAttribute('open')
  for (const label of ['Namespace', 'Rotation poll interval', 'Azure cloud']) {
    await expect(page.getByLabel(label)).toBeHidden()
  }
  await advanced.getByText('Advanced', { exact: true }).click()
  for (const label of ['Namespace', 'Rotation poll interval', 'Azure cloud']) {
    await expect(advanced.getByLabel(label)).toBeVisible()
  }
  // A link that sets one of them opens it, so its answers are all in view.
  await page.goto('/')
  await page.goto(`${SEED_LINK}&ns=payments`)
  await expect(page.getByLabel('Namespace')).toHaveValue('payments')
  await expect(page.getByLabel('Namespace')).toBeVisible()
})

test('fields the option does not use are hidden, not labelled', async ({ page }) => {
  // The seed is option 3 with a user-assigned identity: no service account, no start command, no language.
  await page.goto(SEED_LINK)
  await page.getByText('Advanced', { exact: true }).click()
  await expect(page.getByText(/not used/)).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: 'Service account' })).toHaveCount(0)
  await expect(page.getByLabel(/^Start command/)).toHaveCount(0)
  await expect(page.getByRole('group', { name: /managed identity for the app/ })).toHaveCount(0)
  // Workload identity uses the service account and asks about the managed identity: they appear.
  await radio(page, Q.auth, 'Workload Identity').check()
  await expect(page.getByRole('textbox', { name: 'Service account' })).toBeVisible()
  await expect(page.getByRole('group', { name: /managed identity for the app/ })).toBeVisible()
  // Option 1 (the code reads the vault itself): no env var is set from the vault, its column goes away.
  await expect(secretRow(page, 1).getByLabel('Env var the app reads')).toBeVisible()
  await radio(page, Q.code, 'Yes').check()
  await expect(page.getByTestId('recommendation')).toContainText('Option 1')
  await expect(secretRow(page, 1).getByLabel('Env var the app reads')).toHaveCount(0)
})
