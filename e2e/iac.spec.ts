import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { codeBlock, downloadAllZip, engineFor, fileOf, SEED_LINK } from './wizard.ts'

// The Azure side as code on the page: the choice next to the files, in the link, the files' tabs for the
// chosen format, highlighted, and the same bytes in "Download all".

test('choosing Terraform shows azure/*.tf highlighted, puts iac in the link, and the zip holds the same bytes', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await expect(page.getByRole('tab', { name: 'Azure CLI' })).toBeVisible()
  await page.getByLabel('Azure side as').selectOption('terraform')
  await expect(page).toHaveURL(/[#&]iac=terraform(&|$)/)
  await expect(page.getByRole('tab', { name: 'Azure CLI' })).toHaveCount(0)
  await page.getByRole('tab', { name: 'main.tf' }).click()
  await expect(page.locator('#file-name')).toHaveText('azure/main.tf')
  await expect(codeBlock(page).locator('.hljs-keyword').first()).toHaveText('data')
  await expect(codeBlock(page).locator('.hljs-string').first()).toBeVisible()
  const engine = engineFor(page)
  expect((await codeBlock(page).innerText()).trimEnd()).toBe(fileOf(engine, 'azure/main.tf').trimEnd())
  const zip = await downloadAllZip(page)
  for (const file of engine.generated.files)
    expect(zip.files[`akv-wizard-demo/${file.name}`], file.name).toBe(file.content)
  expect(Object.keys(zip.files)).toEqual(
    expect.arrayContaining(['akv-wizard-demo/azure/versions.tf', 'akv-wizard-demo/apply.sh']),
  )
  expect(zip.files['akv-wizard-demo/README.md']).toMatch(/bash apply\.sh/)
})

test('Bicep: the tabs of main.bicep and its module, highlighted; an old link still shows the script', async ({
  page,
}) => {
  await page.goto(`${SEED_LINK}&iac=bicep`)
  await page.getByRole('tab', { name: 'key-vault-access.bicep' }).click()
  await expect(codeBlock(page).locator('.hljs-keyword').first()).toHaveText('param')
  await expect(codeBlock(page).locator('.hljs-meta').first()).toHaveText('@description')
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([])
  await page.goto(SEED_LINK)
  await expect(page.getByRole('tab', { name: 'Azure CLI' })).toBeVisible()
  await expect(page.getByLabel('Azure side as')).toHaveValue('cli')
})
