import { expect, test } from './fixtures.ts'
import { downloadAllZip, engineFor, SEED_LINK } from './wizard.ts'

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
  await expect(page.getByTestId('download-all')).not.toContainText('left')
})

test('a placeholder is marked in the code, on its file’s tab, at its field and on the download button', async ({
  page,
}) => {
  await page.goto(SEED_LINK.replace(/&rg=[^&]*/, '').replace(/&cluster=[^&]*/, ''))
  const scriptTab = page.getByRole('tab', { name: /Azure CLI/ })
  await expect(scriptTab).toHaveAccessibleName(/2 placeholders left/)
  await expect(page.getByRole('tab', { name: /Deployment/ })).not.toHaveAccessibleName(/placeholder/)
  await scriptTab.click()
  const marks = page.getByRole('tabpanel').locator('mark.placeholder')
  await expect(marks.filter({ hasText: '<resource-group>' }).first()).toBeVisible()
  await expect(marks.filter({ hasText: '<aks-cluster>' }).first()).toBeVisible()
  await expect(
    page.getByRole('button', { name: /^Download azure-setup\.sh, 2 placeholders left/ }),
  ).toBeVisible()
  await expect(page.getByTestId('download-all')).toContainText('2 placeholders left')
  await expect(page.locator('#f-rg').locator('..')).toContainText('Needed:')
  await expect(page.locator('#f-cluster').locator('..')).toContainText('Needed:')
})
