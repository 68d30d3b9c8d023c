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
  SEED,
} from './wizard.ts'

test('the seed article’s architect gets option 3 and files ready to apply, well under a minute', async ({
  page,
}, testInfo) => {
  const started = Date.now()
  await page.goto('/')

  await choose(page, Q.code, 'No, not now')
  await choose(page, Q.reads, 'Environment variables')
  await choose(page, Q.rotate, 'Not needed')
  await choose(page, Q.copy, 'Yes, a copy is acceptable')
  await choose(page, Q.auth, 'User-assigned managed identity')
  await page.getByLabel('Application name').fill(SEED.app)
  await page.getByLabel('Container image').fill(SEED.image)
  await page.getByLabel('Container port').fill(SEED.port)
  await page.getByLabel('Key Vault name').fill(SEED.kv)
  await page.getByLabel('Tenant ID of the vault').fill(SEED.tenant)
  await page.getByLabel('Client ID of the identity').fill(SEED.client)
  // azure-setup.sh names the cluster in every az command: without them the files are not ready.
  await page.getByLabel('Resource group').fill(SEED.rg)
  await page.getByLabel('AKS cluster name').fill(SEED.cluster)
  await addSecret(page, SEED.secret, SEED.env)

  await expectRecommended(page, 3)
  await expect(page.getByText(/^Ready to apply/)).toBeVisible()
  const seconds = (Date.now() - started) / 1000
  testInfo.annotations.push({
    type: 'duration',
    description: `answers to ready files in ${seconds.toFixed(1)} s`,
  })
  console.log(`seed flow: answers to ready files in ${seconds.toFixed(1)} s`)

  const engine = engineFor(page)
  expect(engine.recommendation.recommended).toBe(3)

  await page.getByRole('tab', { name: 'SecretProviderClass' }).click()
  expect(await copyFile(page, 'secretproviderclass.yaml')).toBe(fileOf(engine, 'secretproviderclass.yaml'))

  const download = await downloadManifests(page)
  expect(download.name).toMatch(/\.ya?ml$/)
  expect(download.text).toBe(engine.generated.allManifests)

  // The facts the architect checks before applying, read back from the downloaded file.
  const docs = readManifests(download.text)
  const spc = ofKind<SecretProviderClassDoc>(docs, 'SecretProviderClass')
  expect(spc.spec.provider).toBe('azure')
  expect(spc.spec.parameters).toMatchObject({
    useVMManagedIdentity: 'true',
    userAssignedIdentityID: SEED.client,
    keyvaultName: SEED.kv,
  })
  expect(spc.spec.parameters.tenantID ?? spc.spec.parameters.tenantId).toBe(SEED.tenant)
  expect(spcObjects(spc)).toEqual([
    expect.objectContaining({ objectName: SEED.secret, objectType: 'secret' }),
  ])
  const synced = spc.spec.secretObjects?.[0]
  expect(synced?.data).toEqual([expect.objectContaining({ objectName: SEED.secret })])

  const deployment = ofKind<DeploymentDoc>(docs, 'Deployment')
  expect(deployment.metadata.name).toContain(SEED.app)
  const container = appContainer(deployment)
  expect(container.image).toBe(SEED.image)
  expect(container.ports).toEqual([{ containerPort: 80 }])
  expect(container.env).toContainEqual({
    name: SEED.env,
    valueFrom: { secretKeyRef: { name: synced?.secretName, key: synced?.data[0]?.key } },
  })
  // The synced Secret exists only while a pod mounts the CSI volume: the mount is part of option 3.
  const { volume, mount } = csiVolume(deployment)
  expect(volume?.csi).toMatchObject({
    driver: 'secrets-store.csi.k8s.io',
    readOnly: true,
    volumeAttributes: { secretProviderClass: spc.metadata.name },
  })
  expect(mount?.readOnly).toBe(true)
})
