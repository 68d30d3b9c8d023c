import { expect, test } from './fixtures.ts'
import { addSecret, engineFor, expectRecommended, secretRow, SEED, SEED_LINK } from './wizard.ts'

test('presets set many answers at once, and every answer stays changeable', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /^Lift-and-shift app reading env vars/ }).click()
  await expectRecommended(page, 3)
  await expect(page).toHaveURL(/code=no&reads=env&rotate=none&copy=ok&auth=uami/)

  await page.getByRole('button', { name: /^New app that can use the SDK/ }).click()
  await expectRecommended(page, 1)
  await page.getByRole('button', { name: /^Team moving off akv2k8s/ }).click()
  await expectRecommended(page, 3)
  await expect(
    page.getByRole('group', { name: /Which identity/ }).getByRole('radio', { name: /^Workload Identity/ }),
  ).toBeChecked()
})

test('Key Vault objects can be added, reordered and removed, and the files follow their order', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await addSecret(page, 'second-secret', 'SECOND')
  await addSecret(page, 'third-secret', 'THIRD')
  await expect(page).toHaveURL(
    /o=mybigsecret~secret~variable_from_keyvault&o=second-secret~secret~SECOND&o=third-secret~secret~THIRD$/,
  )

  await secretRow(page, 3).getByRole('button', { name: 'Move Secret 3 up' }).click()
  await expect(secretRow(page, 2).getByLabel('Name in Key Vault')).toHaveValue('third-secret')
  await secretRow(page, 1).getByRole('button', { name: 'Remove Secret 1' }).click()
  await expect(page.getByRole('group', { name: /^Secret \d+$/ })).toHaveCount(2)
  await expect(secretRow(page, 1).getByLabel('Name in Key Vault')).toHaveValue('third-secret')

  const engine = engineFor(page)
  expect(engine.answers.objects.map((o) => o.name)).toEqual(['third-secret', 'second-secret'])
  const spc = engine.generated.files.find((f) => f.name === 'secretproviderclass.yaml')?.content ?? ''
  await page.getByRole('tab', { name: 'SecretProviderClass' }).click()
  await expect(page.getByRole('tabpanel').locator('pre.code')).toHaveText(spc)
  expect(spc.indexOf('third-secret')).toBeLessThan(spc.indexOf('second-secret'))
})

test('the theme follows the system until chosen, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(SEED_LINK)
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const light = await background()
  await page.getByLabel('Theme').selectOption('dark')
  await expect.poll(background).not.toBe(light)
  await page.reload()
  await expect(page.getByLabel('Theme')).toHaveValue('dark')
  expect(await background()).not.toBe(light)
})

test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(SEED_LINK)
  await page.getByRole('button', { name: 'Share & download' }).click()
  await expect(page.getByTestId('download-all')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})

test('the page forbids inline and foreign scripts with a Content-Security-Policy', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text()
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain('unsafe-eval')
  // Every script the page has comes from a file on the same origin.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  await page.goto(SEED_LINK)
  await expectRecommended(page, 3)
})

test('a generator chunk that fails to load says so and loads on retry, keeping the answers', async ({
  page,
}) => {
  let blocked = true
  await page.route('**/assets/engine-*.js', (route) => (blocked ? route.abort() : route.continue()))
  await page.goto(SEED_LINK)
  const files = page.getByTestId('files')
  await expect(files.getByRole('alert')).toContainText('could not be loaded')
  blocked = false
  await files.getByRole('button', { name: 'Try again' }).click()
  await expect(files.getByRole('tab', { name: /Deployment/ })).toBeVisible()
  await expect(page.getByLabel('Key Vault name')).toHaveValue(SEED.kv)
})
