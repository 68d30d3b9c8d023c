import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { addSecret, engineFor, fileOf, secretRow, SEED_LINK } from './wizard.ts'

// Issue 17, Ingress TLS: a certificate ticked "For an Ingress only" gets an Ingress of the AKS application
// routing add-on, and no mount in the app's pod.

test('ticking “For an Ingress only” on a cert row gives its Ingress and no mount for it', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await addSecret(page, 'shop-tls')
  const row = secretRow(page, 2)
  await row.getByLabel('Type').selectOption('cert')
  await expect(page.getByRole('tab', { name: 'SecretProviderClass' })).toBeVisible()
  expect(fileOf(engineFor(page), 'secretproviderclass.yaml')).toContain('objectName: shop-tls')

  // By keyboard: the checkbox takes focus and Space ticks it.
  const box = row.getByRole('checkbox', { name: 'For an Ingress only' })
  await box.focus()
  await page.keyboard.press('Space')
  await expect(box).toBeChecked()
  await row.getByLabel('Host the Ingress serves').fill('shop.contoso.com')
  await expect(page).toHaveURL(/[#&]ing=shop-tls:shop\.contoso\.com(&|$)/)

  const files = page.getByTestId('files')
  await page.getByRole('tab', { name: 'Ingress' }).click()
  await expect(files).toContainText('kubernetes.azure.com/tls-cert-keyvault-uri')
  await expect(files).toContainText('secretName: keyvault-demo-shop-tls')
  await page.getByRole('tab', { name: 'SecretProviderClass' }).click()
  await expect(files).toContainText('objectName: mybigsecret')
  await expect(files).not.toContainText('shop-tls')
  const engine = engineFor(page)
  expect(fileOf(engine, 'secretproviderclass.yaml')).not.toContain('shop-tls')
  expect(fileOf(engine, 'deployment.yaml')).not.toContain('shop-tls')

  // Renamed, it stays for an Ingress only; unticked, it is mounted again.
  await row.getByLabel('Name in Key Vault').fill('web-tls')
  await expect(page).toHaveURL(/[#&]ing=web-tls:shop\.contoso\.com(&|$)/)
  await box.uncheck()
  await expect(page).not.toHaveURL(/[#&]ing=/)
  expect(fileOf(engineFor(page), 'secretproviderclass.yaml')).toContain('objectName: web-tls')
})

test('a link naming a non-cert object for an Ingress says so next to the objects', async ({ page }) => {
  await page.goto(`${SEED_LINK}&ing=mybigsecret`)
  await expect(page.locator('#f-ing')).toContainText(
    '"mybigsecret" must be one of the objects below, of type cert',
  )
  // The other answers are kept.
  await expect(secretRow(page, 1).getByLabel('Name in Key Vault')).toHaveValue('mybigsecret')
})

test('a ticked cert row, its host field and the Ingress tab have no serious axe violation', async ({
  page,
}) => {
  await page.goto(`${SEED_LINK}&o=shop-tls~cert&ing=shop-tls:shop.contoso.com`)
  await expect(secretRow(page, 2).getByRole('checkbox', { name: 'For an Ingress only' })).toBeChecked()
  await expect(page.locator('pre.code code.hljs')).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([])
})
