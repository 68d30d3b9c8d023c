import { expect, test } from './fixtures.ts'
import {
  appContainer,
  csiVolume,
  ofKind,
  readManifests,
  spcObjects,
  type DeploymentDoc,
  type SecretProviderClassDoc,
} from './manifests.ts'
import {
  addSecret,
  choose,
  copyFile,
  downloadManifests,
  engineFor,
  expectRecommended,
  fileOf,
  Q,
  secretRow,
  SEED,
} from './wizard.ts'

const recommendation = (page: import('@playwright/test').Page) => page.getByTestId('recommendation')

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await choose(page, Q.code, 'No, not now')
  await choose(page, Q.rotate, 'At the next pod start')
  await choose(page, Q.auth, 'Workload Identity')
  await page.getByLabel('Application name').fill('billing')
  await page.getByLabel('Container image').fill('myregistry.azurecr.io/billing:1.0')
  await page.getByLabel('Key Vault name').fill('kv-billing')
  await page.getByLabel('Tenant ID of the vault').fill(SEED.tenant)
  await page.getByLabel('Client ID of the identity').fill(SEED.client)
  // azure-setup.sh names the cluster in every az command: without them the files are not ready. (The
  // tests asserted 'Ready to apply' and passed on the substring of 'Not ready to apply'.)
  await page.getByLabel('Resource group').fill('rg-apps')
  await page.getByLabel('AKS cluster name').fill('aks-apps')
})

test('an app that reads files gets option 2: mounted files and no copy in the cluster', async ({ page }) => {
  await choose(page, Q.reads, 'Files')
  await choose(page, Q.copy, 'Yes, a copy is acceptable')
  await addSecret(page, 'billing-api-key')

  await expectRecommended(page, 2)
  await expect(page.getByText(/^Ready to apply/)).toBeVisible()
  const engine = engineFor(page)
  expect(engine.recommendation.recommended).toBe(2)
  await expect(page.getByRole('tab', { name: 'ConfigMap' })).toHaveCount(0)

  await page.getByRole('tab', { name: 'Deployment' }).click()
  expect(await copyFile(page, 'deployment.yaml')).toBe(fileOf(engine, 'deployment.yaml'))

  const download = await downloadManifests(page)
  expect(download.text).toBe(engine.generated.allManifests)
  const docs = readManifests(download.text)
  const spc = ofKind<SecretProviderClassDoc>(docs, 'SecretProviderClass')
  expect(spc.spec.secretObjects).toBeUndefined()
  expect(spc.spec.parameters).toMatchObject({ clientID: SEED.client, keyvaultName: 'kv-billing' })
  expect(spcObjects(spc).map((o) => o.objectName)).toEqual(['billing-api-key'])
  const deployment = ofKind<DeploymentDoc>(docs, 'Deployment')
  const { volume, mount } = csiVolume(deployment)
  expect(volume?.csi?.volumeAttributes?.secretProviderClass).toBe(spc.metadata.name)
  expect(mount).toMatchObject({ mountPath: '/mnt/secrets-store', readOnly: true })
  expect(appContainer(deployment).env ?? []).toEqual([])
})

test('env vars without a copy give option 2 with the start-up wrapper', async ({ page }) => {
  await choose(page, Q.reads, 'Environment variables')
  await choose(page, Q.copy, 'No copy in the cluster')
  await addSecret(page, 'billing-api-key', 'API_KEY')

  await expectRecommended(page, 2)
  await expect(recommendation(page).getByRole('heading', { name: /^Option 2/ })).toContainText('wrapper')
  // Until the start command is given, the files hold a placeholder and say so.
  await expect(page.getByRole('group', { name: 'Finish:' })).toContainText('start command')
  await page.getByLabel('Start command').fill('python app.py')
  await expect(page.getByText(/^Ready to apply/)).toBeVisible()

  const engine = engineFor(page)
  await page.getByRole('tab', { name: 'ConfigMap' }).click()
  const wrapper = await copyFile(page, 'configmap.yaml')
  expect(wrapper).toBe(fileOf(engine, 'configmap.yaml'))
  expect(wrapper).toContain('API_KEY')

  const download = await downloadManifests(page)
  expect(download.text).toBe(engine.generated.allManifests)
  const docs = readManifests(download.text)
  const configMap = ofKind(docs, 'ConfigMap')
  const deployment = ofKind<DeploymentDoc>(docs, 'Deployment')
  const container = appContainer(deployment)
  expect(container.args).toEqual(['python', 'app.py'])
  expect(deployment.spec.template.spec.volumes?.map((v) => v.configMap?.name)).toContain(
    configMap.metadata.name,
  )
  expect(ofKind<SecretProviderClassDoc>(docs, 'SecretProviderClass').spec.secretObjects).toBeUndefined()
})

test('generating another option than recommended says which answers it goes against', async ({ page }) => {
  await choose(page, Q.reads, 'Files')
  await choose(page, Q.copy, 'No copy in the cluster')
  // Mounted files read no env var, so the form asks none (issue 18); generating option 3 asks for it.
  await addSecret(page, 'billing-api-key')
  await expectRecommended(page, 2)
  await expect(secretRow(page, 1).getByLabel('Env var the app reads')).toHaveCount(0)

  await page.getByLabel('Generate files for').selectOption('3')
  await expect(page.getByRole('heading', { name: 'Files for option 3' })).toBeVisible()
  await secretRow(page, 1).getByLabel('Env var the app reads').fill('API_KEY')
  await expect(page).toHaveURL(/[#&]opt=3(&|$)/)
  const note = page.getByRole('note')
  await expect(note).toContainText('Generating option 3 instead of option 2')
  await expect(note).toContainText('goes against')
  const violations = engineFor(page).recommendation.violations
  expect(violations.length).toBeGreaterThan(0)
  for (const v of violations) await expect(note.getByRole('listitem').filter({ hasText: v })).toBeVisible()
  // The synced Secret the user refused is what option 3 adds.
  await expect(page.getByRole('tab', { name: 'SecretProviderClass' })).toBeVisible()

  await page.getByLabel('Generate files for').selectOption({ label: 'the recommendation (option 2)' })
  await expect(note).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Files for option 2' })).toBeVisible()
})

test('a system-assigned node identity is never called ready: the script stops by design (issue 14, point 10)', async ({
  page,
}) => {
  await choose(page, Q.reads, 'Files')
  await addSecret(page, 'billing-api-key')
  await choose(page, Q.auth, 'System-assigned node identity')
  await page.getByLabel('Resource group').fill('rg-billing')
  await page.getByLabel('AKS cluster name').fill('aks-billing')
  await expectRecommended(page, 2)
  await expect(page.locator('.files .ready')).toHaveCount(0)
  await expect(page.getByTestId('files')).toContainText(
    'Not ready to apply: AKS node pools have no system-assigned identity',
  )
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-ready', 'false')
  await expect(page.getByTestId('readiness')).toContainText('Not ready: choose another identity')
})
