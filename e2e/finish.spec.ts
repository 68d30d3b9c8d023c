import { expect, test } from './fixtures.ts'
import { SEED } from './wizard.ts'

// The seed scenario as a team starts it: the app, the vault and the object, none of the Azure values yet.
const STARTED = `/#v=1&code=no&reads=env&rotate=none&copy=ok&auth=uami&app=${SEED.app}&kv=${SEED.kv}&o=${SEED.secret}~secret~${SEED.env}`

test.describe('the Finish line above the files (issue 18)', () => {
  test('names each missing value on one line, and the summary counts the same values and jumps to it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(STARTED)
    const finish = page.getByRole('group', { name: 'Finish:' })
    await expect(finish.locator('.finish-line')).toHaveText(
      'Finish: image · tenant · client ID · resource group · cluster',
    )
    // One line at 1280, above the file tabs.
    const line = await finish.locator('.finish-line').boundingBox()
    expect(line?.height).toBeLessThan(30)
    const tabs = await page.getByRole('tablist', { name: 'Generated files' }).boundingBox()
    expect((line?.y ?? 0) < (tabs?.y ?? 0)).toBe(true)
    // One count everywhere: five values (not the placeholders of every file).
    const readiness = page.getByTestId('readiness')
    await expect(readiness).toHaveText('Not ready: 5 values missing')
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(finish).not.toBeInViewport()
    await readiness.getByRole('link').click()
    await expect(finish).toBeInViewport()
    await expect(finish).toBeFocused()
  })

  test('a value opens its input in place with the az command that prints it; typing it fills the answer', async ({
    page,
  }) => {
    await page.goto(STARTED)
    const finish = page.getByRole('group', { name: 'Finish:' })
    await finish.getByRole('button', { name: 'tenant' }).click()
    const input = finish.getByLabel('Finish: tenant')
    await expect(input).toBeFocused()
    await expect(finish).toContainText(`az keyvault show -n ${SEED.kv} --query properties.tenantId -o tsv`)
    await finish.getByRole('button', { name: 'Copy command' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `az keyvault show -n ${SEED.kv} --query properties.tenantId -o tsv`,
    )
    // Typing keeps the input open (the value is no longer missing after one key), and it is the answer.
    await input.pressSequentially(SEED.tenant)
    await expect(input).toHaveValue(SEED.tenant)
    await expect(page.getByLabel('Tenant ID of the vault', { exact: true })).toHaveValue(SEED.tenant)
    await expect(page).toHaveURL(new RegExp(`tenant=${SEED.tenant}`))
    await expect(page.getByTestId('readiness')).toHaveText('Not ready: 4 values missing')
    await input.press('Escape')
    await expect(finish.locator('.finish-line')).toHaveText(
      'Finish: image · client ID · resource group · cluster',
    )

    // The add-on identity's client ID, with the cluster's names once given.
    await finish.getByRole('button', { name: 'resource group' }).click()
    await finish.getByLabel('Finish: resource group').fill(SEED.rg)
    await finish.getByRole('button', { name: 'cluster' }).click()
    await expect(finish).toContainText(`az aks list -g ${SEED.rg} --query "[].name" -o tsv`)
    await finish.getByLabel('Finish: cluster').fill(SEED.cluster)
    await finish.getByRole('button', { name: 'client ID' }).click()
    await expect(finish).toContainText(
      `az aks show -g ${SEED.rg} -n ${SEED.cluster} --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv`,
    )
  })

  test('works by keyboard: Enter on a value opens it, the caret is in its input, Escape closes it', async ({
    page,
  }) => {
    await page.goto(STARTED)
    const finish = page.getByRole('group', { name: 'Finish:' })
    const client = finish.getByRole('button', { name: 'client ID' })
    await client.focus()
    await page.keyboard.press('Enter')
    await expect(client).toHaveAttribute('aria-expanded', 'true')
    await expect(finish.getByLabel('Finish: client ID')).toBeFocused()
    await page.keyboard.type(SEED.client)
    await page.keyboard.press('Escape')
    await expect(finish.getByLabel('Finish: client ID')).toHaveCount(0)
    await expect(page.getByLabel('Client ID of the identity', { exact: true })).toHaveValue(SEED.client)
  })
})

test('before any answer the summary says what to do, not how many placeholders the downloads hold', async ({
  page,
}) => {
  await page.goto('/#v=1')
  const bar = page.getByRole('region', { name: 'Result at a glance' })
  await expect(bar).toContainText('Answer 5 questions or pick a start')
  await expect(bar).not.toContainText(/missing|placeholder/)
  // The downloads keep their place (the bar never changes its layout) but are not the call to act.
  const look = (testId: string) =>
    page.getByTestId(testId).evaluate((el) => getComputedStyle(el).backgroundColor)
  const card = await bar.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(await look('download-all')).toBe(card)
  expect(await look('copy-link')).toBe(card)
  // One answer, and the bar names the option and counts what is missing.
  await page.getByRole('button', { name: /^Lift-and-shift/ }).click()
  await expect(bar).toContainText('Option 3')
  await expect(page.getByTestId('readiness')).toContainText(/\d+ values missing/)
  expect(await look('download-all')).not.toBe(card)
})
