import { readFileSync } from 'node:fs'
import { SAMPLES } from '../src/domain/diagnose/fixtures/messages.ts'
import { decodePermalink } from '../src/domain/index.ts'
import { SEED_FRAGMENT } from '../src/test-support/seeds.ts'
import { expect, test } from './fixtures.ts'
import { openMode, SEED_LINK } from './wizard.ts'

// Issue 18: three entries for three audiences, a switch in the header, the link's answers untouched.
const AKV2K8S = readFileSync(
  new URL('../src/domain/migrate/fixtures/akv2k8s/env-injection.yaml', import.meta.url),
  'utf8',
)
// Key Vault's RBAC 403 as the provider prints it (fixtures/messages.ts names the issue threads it is from).
const RBAC_403 = SAMPLES.find((s) => s.id === 'kv-rbac-denied')?.message ?? ''
const modeGroup = (page: import('@playwright/test').Page) =>
  page.getByRole('group', { name: 'What do you want to do?' })

test('the mode switch: a labelled radio group, arrow keys, the mode in the query and the fragment byte for byte', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(SEED_LINK)
  const group = modeGroup(page)
  await expect(group.getByRole('radio', { name: 'Decide' })).toBeChecked()
  await expect(page.getByTestId('recommendation')).toBeVisible()
  const fragment = new URL(page.url()).hash
  expect(fragment).toBe(`#${SEED_FRAGMENT}`)

  // One Tab stop; the arrow keys move and show, as a browser's radios do.
  await group.getByRole('radio', { name: 'Decide' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(group.getByRole('radio', { name: 'Migrate from my YAML' })).toBeChecked()
  await expect(page.getByLabel('YAML to import')).toBeVisible()
  await expect(page.getByTestId('recommendation')).toHaveCount(0)
  expect(new URL(page.url()).search).toBe('?mode=migrate')
  expect(new URL(page.url()).hash).toBe(fragment)
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('region', { name: 'Something fails?' })).toBeVisible()
  expect(new URL(page.url()).search).toBe('?mode=troubleshoot')
  expect(new URL(page.url()).hash).toBe(fragment)

  // The copied link is the answers only: a colleague opening it decides, with the same answers.
  await page.getByTestId('copy-link').click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).not.toContain('mode=')
  expect(new URL(copied).hash).toBe(fragment)

  // A reload keeps the mode; an unknown one is Decide; back to Decide removes it from the address.
  await page.reload()
  await expect(page.getByRole('region', { name: 'Something fails?' })).toBeVisible()
  await openMode(page, 'Decide')
  expect(new URL(page.url()).search).toBe('')
  expect(new URL(page.url()).hash).toBe(fragment)
  await page.goto(`/?mode=nonsense#${SEED_FRAGMENT}`)
  await expect(page.getByTestId('recommendation')).toBeVisible()
  await expect(modeGroup(page).getByRole('radio', { name: 'Decide' })).toBeChecked()
})

test('from another mode, the bar’s jump to the files switches to Decide and lands on them', async ({
  page,
}) => {
  await page.goto(`/?mode=migrate#${SEED_FRAGMENT}`)
  await expect(page.getByLabel('YAML to import')).toBeVisible()
  await page.getByRole('region', { name: 'Result at a glance' }).getByRole('link', { name: /Files/ }).click()
  await expect(modeGroup(page).getByRole('radio', { name: 'Decide' })).toBeChecked()
  await expect(page.locator('#files')).toBeFocused()
})

test('Migrate at 1280: paste left, result right; per-object diffs with headings, +/− gutters, side by side', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/?mode=migrate#v=1&copy=ok')
  const box = page.getByLabel('YAML to import')
  await box.fill(AKV2K8S)
  const result = page.getByTestId('import-result')
  await expect(result).toBeVisible()
  const [input, output] = [await box.boundingBox(), await result.boundingBox()]
  expect((input?.x ?? 0) + (input?.width ?? 0)).toBeLessThanOrEqual(output?.x ?? 0)
  expect(Math.abs((input?.y ?? 0) - (output?.y ?? 0))).toBeLessThan(200)

  await result.getByRole('tab', { name: 'Changes' }).click()
  const deployment = result.getByTestId('object-diff').filter({ hasText: 'Deployment checkout/checkout' })
  await expect(deployment.getByRole('heading')).toHaveText(
    /^Deployment checkout\/checkout: 1 env var converted, volume added/,
  )
  const table = deployment.getByRole('table', { name: 'Changes to Deployment checkout/checkout' })
  // Side by side: the object as read on the left, as written on the right, each line numbered.
  await expect(table).toHaveClass(/side/)
  const replaced = table.getByRole('row').filter({ hasText: 'payment-token@azurekeyvault' })
  await expect(replaced.locator('.diff-sign[data-kind="del"]')).toHaveText('−removed')
  await expect(table.locator('.diff-sign[data-kind="add"]').first()).toHaveText('+added')
  await expect(result.getByTestId('object-diff').first()).toBeVisible()
  // Nothing scrolls sideways: long lines wrap.
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
})

test('Migrate on a phone: the result under the paste, the diff in one column with both line numbers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/?mode=migrate#v=1&copy=ok')
  const box = page.getByLabel('YAML to import')
  await box.fill(AKV2K8S)
  const result = page.getByTestId('import-result')
  await result.getByRole('tab', { name: 'Changes' }).click()
  const [input, output] = [await box.boundingBox(), await result.boundingBox()]
  expect(output?.y ?? 0).toBeGreaterThan((input?.y ?? 0) + (input?.height ?? 0))
  const table = result.getByRole('table').first()
  await expect(table).not.toHaveClass(/side/)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test('Troubleshoot: the paste box on top, findings as cards with wrapped commands, and the tenant from the log', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  // No tenant and no client ID answered yet: the 403 names both.
  await page.goto('/?mode=troubleshoot#v=1&code=no&auth=workload&kv=kv-demo')
  const section = page.getByRole('region', { name: 'Something fails?' })
  const input = section.getByLabel('What Kubernetes printed')
  await input.fill(RBAC_403)
  const finding = section.getByTestId('finding').first()
  await expect(finding).toBeVisible()
  expect((await input.boundingBox())?.y ?? Infinity).toBeLessThan((await finding.boundingBox())?.y ?? 0)
  // Every command block wraps inside the card; each has its own Copy button.
  const commands = finding.locator('.diagnose-step pre.code')
  expect(await commands.count()).toBeGreaterThan(0)
  for (const pre of await commands.all())
    expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
  await expect(finding.getByRole('button', { name: /^Copy the commands of step/ }).first()).toBeVisible()

  const useTenant = section.getByRole('button', { name: 'Use tenant 72f988bf… from this log' })
  await expect(useTenant).toBeVisible()
  await useTenant.click()
  await expect(
    section.getByRole('status').filter({ hasText: 'set to 72f988bf-86f1-41af-91ab-2d7cd011db47' }),
  ).toBeVisible()
  await expect
    .poll(() => decodePermalink(page.url()).answers.tenant)
    .toBe('72f988bf-86f1-41af-91ab-2d7cd011db47')
  await expect(useTenant).toHaveCount(0)
  const useClient = section.getByRole('button', { name: 'Use client ID 0a1b2c3d… from this log' })
  await useClient.click()
  await expect
    .poll(() => decodePermalink(page.url()).answers.client)
    .toBe('0a1b2c3d-1111-4222-8333-444455556666')
  await openMode(page, 'Decide')
  await expect(page.getByLabel('Tenant ID of the vault')).toHaveValue('72f988bf-86f1-41af-91ab-2d7cd011db47')
})

test('Decide is today’s page: “Start from your manifests” folded in the answers, “Something fails?” below the files', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await expect(page.getByTestId('recommendation')).toBeVisible()
  // Folded, its importer not loaded: opened, the same importer as Migrate's, in the answers column.
  await expect(page.getByLabel('YAML to import')).toHaveCount(0)
  await page.getByText('Start from your manifests').click()
  await page.getByLabel('YAML to import').fill(AKV2K8S)
  await expect(page.getByTestId('import-result').getByRole('heading', { name: /option 3/ })).toBeVisible()
  const section = page.getByRole('region', { name: 'Something fails?' })
  await section.getByLabel('What Kubernetes printed').fill(RBAC_403)
  await expect(section.getByTestId('finding')).toHaveCount(1)
  // The section offers the whole width; the paste comes along.
  await page.getByRole('button', { name: 'migrate from your YAML' }).click()
  await expect(modeGroup(page).getByRole('radio', { name: 'Migrate from my YAML' })).toBeChecked()
  await expect(page.getByLabel('YAML to import')).toHaveValue(AKV2K8S)
})
