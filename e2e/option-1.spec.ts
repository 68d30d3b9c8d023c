import { expect, test } from './fixtures.ts'
import { appContainer, csiVolume, ofKind, readManifests, type DeploymentDoc } from './manifests.ts'
import {
  addSecret,
  choose,
  codeBlock,
  copyFile,
  downloadManifests,
  engineFor,
  expectRecommended,
  fileOf,
  Q,
  SEED,
} from './wizard.ts'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await choose(page, Q.code, 'Yes')
  await choose(page, Q.reads, 'Environment variables')
  await choose(page, Q.rotate, 'While running')
  await choose(page, Q.copy, 'No copy in the cluster')
  await choose(page, Q.auth, 'Workload Identity')
  await page.getByLabel('Application name').fill('orders')
  await page.getByLabel('Container image').fill('myregistry.azurecr.io/orders:2.3')
  await page.getByLabel('Key Vault name').fill('kv-orders-prod')
  await page.getByLabel('Tenant ID of the vault').fill(SEED.tenant)
  await page.getByLabel('Client ID of the identity').fill(SEED.client)
  // azure-setup.sh names the cluster in every az command: without them the files are not ready. (The
  // tests asserted 'Ready to apply' and passed on the substring of 'Not ready to apply'.)
  await page.getByLabel('Resource group').fill('rg-apps')
  await page.getByLabel('AKS cluster name').fill('aks-apps')
  // Option 1's code reads the vault itself: the form asks no env var for it (issue 18, e2e/your-app.spec.ts).
  await addSecret(page, 'db-password')
})

test('an app whose code can change gets option 1: workload identity and an SDK sample', async ({ page }) => {
  await expectRecommended(page, 1)
  await expect(page.getByText(/^Ready to apply/)).toBeVisible()
  const engine = engineFor(page)
  expect(engine.recommendation.recommended).toBe(1)

  await page.getByRole('tab', { name: 'ServiceAccount' }).click()
  expect(await copyFile(page, 'serviceaccount.yaml')).toBe(fileOf(engine, 'serviceaccount.yaml'))

  const download = await downloadManifests(page)
  expect(download.text).toBe(engine.generated.allManifests)
  const docs = readManifests(download.text)
  expect(docs.map((d) => d.kind)).not.toContain('SecretProviderClass')
  const sa = ofKind(docs, 'ServiceAccount')
  expect(sa.metadata.annotations?.['azure.workload.identity/client-id']).toBe(SEED.client)
  const deployment = ofKind<DeploymentDoc>(docs, 'Deployment')
  expect(deployment.spec.template.spec.serviceAccountName).toBe(sa.metadata.name)
  // The webhook injects the federated token only into pods with this label.
  expect(deployment.spec.template.metadata.labels?.['azure.workload.identity/use']).toBe('true')
  expect(csiVolume(deployment).volume).toBeUndefined()
  const container = appContainer(deployment)
  expect(container.image).toBe('myregistry.azurecr.io/orders:2.3')
  expect(container.env).toContainEqual({
    name: 'KEY_VAULT_URL',
    value: 'https://kv-orders-prod.vault.azure.net/',
  })

  // The code sample reads the secret the user named, with the pod's identity, from the vault the Deployment names.
  await page.getByRole('tab', { name: 'app.py' }).click()
  await expect(codeBlock(page)).toContainText('DefaultAzureCredential')
  await expect(codeBlock(page)).toContainText('KEY_VAULT_URL')
  await expect(codeBlock(page)).toContainText('get_secret("db-password")')
  expect(await copyFile(page, 'app.py')).toBe(fileOf(engine, 'app.py'))
})

test('switching the code sample language swaps the sample tab', async ({ page }) => {
  await expect(page.getByRole('tab', { name: 'app.py' })).toBeVisible()
  await page.getByLabel('Code sample language').selectOption({ label: 'Go' })
  await expect(page.getByRole('tab', { name: 'main.go' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'app.py' })).toHaveCount(0)
  await page.getByRole('tab', { name: 'main.go' }).click()
  await expect(codeBlock(page)).toContainText('package main')
  expect(await copyFile(page, 'main.go')).toBe(fileOf(engineFor(page), 'main.go'))
  expect(page.url()).toContain('lang=go')

  await page.getByLabel('Code sample language').selectOption({ label: '.NET (C#)' })
  await expect(page.getByRole('tab', { name: 'Program.cs' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'main.go' })).toHaveCount(0)
})
