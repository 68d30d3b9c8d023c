import { expect, test } from './fixtures.ts'
import { engineFor, fileOf, radio, SEED_LINK } from './wizard.ts'

// Issue 17: option 3 on the driver's sync names its planned deprecation and offers the supported path.

test('the seed link warns that the driver’s sync is planned to go, and Try it moves option 3 to ESO', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  // The warnings start folded; their summary opens them.
  await page
    .locator('summary')
    .filter({ hasText: /^Warnings \(\d+\)/ })
    .click()
  await expect(page.getByText(/kubernetes-sigs\/secrets-store-csi-driver#1631/).first()).toBeVisible()
  await expect(page.getByRole('tab', { name: 'SecretProviderClass' })).toBeVisible()

  await page
    .getByRole('button', { name: /^Try it: .*External Secrets Operator.*supported sync path/ })
    .click()

  await expect(page).toHaveURL(/[#&]sync=eso(&|$)/)
  await expect(radio(page, /what writes the Kubernetes Secret/, 'External Secrets Operator')).toBeChecked()
  await expect(page.getByRole('tab', { name: 'SecretStore' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'ExternalSecret' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'SecretProviderClass' })).toHaveCount(0)
  await expect(page.getByText(/kubernetes-sigs\/secrets-store-csi-driver#1631/)).toHaveCount(0)
  const engine = engineFor(page)
  expect(fileOf(engine, 'externalsecret.yaml')).toContain('key: secret/mybigsecret')

  // Undo brings the driver's sync back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('tab', { name: 'SecretProviderClass' })).toBeVisible()
})

test('rotation while running suggests Reloader, and answering it annotates the Deployment', async ({
  page,
}) => {
  await page.goto(SEED_LINK.replace('rotate=none', 'rotate=live'))
  const question = page.getByRole('group', { name: /Should Reloader roll the pods/ })
  await expect(question.getByText(/^\s*Suggested:/)).toBeVisible()
  await radio(page, /Should Reloader roll the pods/, 'Yes, with Stakater Reloader').check()
  await expect(page).toHaveURL(/[#&]reload=reloader(&|$)/)
  await expect(question.getByText(/Suggested:/)).toHaveCount(0)
  expect(fileOf(engineFor(page), 'deployment.yaml')).toContain(
    'secret.reloader.stakater.com/reload: demo-kv-secrets',
  )
})
