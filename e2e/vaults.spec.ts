import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { engineFor, fileOf, SEED, SEED_LINK, secretRow } from './wizard.ts'

// Issue 17: an object from a second vault, added with the keyboard, gives a second SecretProviderClass and a
// second CSI volume; with one vault the editor shows no vault field at all.

test('an object from another vault: its own class and volume, added by keyboard, and no axe finding', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await expect(page.getByLabel('Vault', { exact: true })).toHaveCount(0)
  await expect(page.getByRole('tab', { name: 'SecretProviderClass', exact: true })).toBeVisible()

  await page.getByRole('button', { name: '+ Add one from another vault' }).focus()
  await page.keyboard.press('Enter')
  // The new row's vault field has the focus; the first row's is empty, meaning the Key Vault name above.
  const row = secretRow(page, 2)
  await expect(row.getByLabel('Vault', { exact: true })).toBeFocused()
  await expect(secretRow(page, 1).getByLabel('Vault', { exact: true })).toHaveAttribute(
    'placeholder',
    SEED.kv,
  )
  await page.keyboard.type('kv-shared')
  await row.getByLabel('Name in Key Vault').fill('api-key')
  await row.getByLabel('Env var the app reads').fill('API_KEY')
  await expect(page).toHaveURL(/&o=api-key~secret~API_KEY~~~kv-shared$/)

  const classes = [`SecretProviderClass (${SEED.kv})`, 'SecretProviderClass (kv-shared)']
  for (const name of classes) await expect(page.getByRole('tab', { name, exact: true })).toBeVisible()
  const engine = engineFor(page)
  await page.getByRole('tab', { name: classes[1], exact: true }).click()
  await expect(page.getByRole('tabpanel').locator('pre.code')).toHaveText(
    fileOf(engine, 'secretproviderclass-kv-shared.yaml'),
  )
  await expect(page.getByRole('tabpanel').locator('pre.code')).toContainText('keyvaultName: kv-shared')

  await page.getByRole('tab', { name: 'Deployment', exact: true }).click()
  const deployment = page.getByRole('tabpanel').locator('pre.code')
  await expect(deployment).toHaveText(fileOf(engine, 'deployment.yaml'))
  for (const text of [
    `name: secrets-store-${SEED.kv}`,
    'name: secrets-store-kv-shared',
    `mountPath: /mnt/secrets-store/${SEED.kv}`,
    'mountPath: /mnt/secrets-store/kv-shared',
    `secretProviderClass: ${SEED.app}-keyvault-kv-shared`,
  ])
    await expect(deployment).toContainText(text)

  const { violations } = await new AxeBuilder({ page }).include('#f-o').analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
})
