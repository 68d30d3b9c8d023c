import { expect, test } from './fixtures.ts'
import { addSecret, choose, radio, Q, secretRow } from './wizard.ts'

test('answers survive a reload, and a visit without a link', async ({ page }) => {
  await page.goto('/')
  await choose(page, Q.reads, 'Files')
  await page.getByLabel('Application name').fill('inventory')
  await addSecret(page, 'db-password')

  await page.reload()
  await expect(radio(page, Q.reads, 'Files')).toBeChecked()
  await expect(page.getByLabel('Application name')).toHaveValue('inventory')
  await expect(secretRow(page, 1).getByLabel('Name in Key Vault')).toHaveValue('db-password')

  // Opening the bare address (a bookmark, a new tab) brings back what this browser saved.
  await page.goto('/')
  await expect(page.getByLabel('Application name')).toHaveValue('inventory')
  await expect(radio(page, Q.reads, 'Files')).toBeChecked()
  await expect(page).toHaveURL(/app=inventory/)
})

test('reset clears every answer, and "Undo reset" brings them back', async ({ page }) => {
  await page.goto('/')
  await choose(page, Q.code, 'No, not now')
  await page.getByLabel('Application name').fill('inventory')
  await addSecret(page, 'db-password', 'DB_PASSWORD')
  const before = page.url()

  await page.getByRole('button', { name: 'Reset answers' }).click()
  await expect(page.getByLabel('Application name')).toHaveValue('')
  await expect(radio(page, Q.code, 'No, not now')).not.toBeChecked()
  // Only the empty row the form always offers.
  await expect(page.getByRole('group', { name: /^Secret \d+$/ })).toHaveCount(1)
  await expect(secretRow(page, 1).getByLabel('Name in Key Vault')).toHaveValue('')
  await expect(page).toHaveURL(/#v=1$/)

  await page.getByRole('button', { name: 'Undo reset' }).click()
  await expect(page.getByLabel('Application name')).toHaveValue('inventory')
  await expect(radio(page, Q.code, 'No, not now')).toBeChecked()
  await expect(secretRow(page, 1).getByLabel('Env var the app reads')).toHaveValue('DB_PASSWORD')
  await expect(page).toHaveURL(before)
  await expect(page.getByRole('button', { name: 'Reset answers' })).toBeVisible()
})
