import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createStubState, readState, runWithStubs } from '../src/test-support/run-script.ts'
import { expect, test } from './fixtures.ts'
import { downloadAllZip, engineFor, SEED, SEED_LINK } from './wizard.ts'

test('Download all gives one archive holding every file of the option, as the page shows them', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await expect(page.getByRole('tab').first()).toBeVisible()
  const zip = await downloadAllZip(page)
  expect(zip.name).toBe('akv-wizard-demo.zip')
  const engine = engineFor(page)
  for (const file of engine.generated.files) {
    expect(zip.files[`akv-wizard-demo/${file.name}`], file.name).toBe(file.content)
  }
  expect(Object.keys(zip.files)).toEqual(
    expect.arrayContaining(['akv-wizard-demo/azure-setup.sh', 'akv-wizard-demo/deployment.yaml']),
  )
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-ready', 'true')
  expect(zip.files['akv-wizard-demo/README.md']).toMatch(/bash azure-setup\.sh/)
})

test('the seed archive, unpacked anywhere and run with stand-in az and kubectl, applies the files it holds', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await expect(page.getByTestId('readiness')).toHaveAttribute('data-ready', 'true')
  const zip = await downloadAllZip(page)
  const where = mkdtempSync(join(tmpdir(), 'akv-unzip-'))
  for (const [path, content] of Object.entries(zip.files)) {
    mkdirSync(dirname(join(where, path)), { recursive: true })
    writeFileSync(join(where, path), content)
  }
  const folder = join(where, 'akv-wizard-demo')
  for (const content of Object.values(zip.files))
    expect(content).not.toMatch(
      /<(tenant-id|client-id|key-vault-name|resource-group|aks-cluster|container-image)>/,
    )
  const state = createStubState({
    vaultTenant: SEED.tenant,
    rbac: true,
    addonClientId: SEED.client,
    addonObjectId: '0d4c7f6e-1111-4a2b-9c3d-444455556666',
  })
  const run = runWithStubs(join(folder, 'azure-setup.sh'), state, mkdtempSync(join(tmpdir(), 'akv-cwd-')))
  expect(run.code, run.stderr).toBe(0)
  expect(readState(state, 'k8s/applied.log')).toBe(
    ['secretproviderclass.yaml', 'deployment.yaml'].map((f) => `${folder}/${f}\n`).join(''),
  )
})

test('a placeholder is marked in the code, on its file’s tab, at its field and in the summary’s count', async ({
  page,
}) => {
  await page.goto(SEED_LINK.replace(/&rg=[^&]*/, '').replace(/&cluster=[^&]*/, ''))
  const scriptTab = page.getByRole('tab', { name: /Azure CLI/ })
  await expect(scriptTab).toHaveAccessibleName(/2 values missing/)
  await expect(page.getByRole('tab', { name: /Deployment/ })).not.toHaveAccessibleName(/missing/)
  await scriptTab.click()
  const marks = page.getByRole('tabpanel').locator('mark.placeholder')
  await expect(marks.filter({ hasText: '<resource-group>' }).first()).toBeVisible()
  await expect(marks.filter({ hasText: '<aks-cluster>' }).first()).toBeVisible()
  await expect(
    page.getByRole('button', { name: /^Download azure-setup\.sh, 2 values missing/ }),
  ).toBeVisible()
  // One count in the summary, in values to finish (rg and cluster), not in placeholders.
  await expect(page.getByTestId('readiness')).toContainText('2 values missing')
  await expect(page.locator('#f-rg').locator('..')).toContainText('Needed:')
  await expect(page.locator('#f-cluster').locator('..')).toContainText('Needed:')
})
