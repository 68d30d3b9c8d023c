import { AxeBuilder } from '@axe-core/playwright'
import { DESCRIBE_TWO_FAILURES } from '../src/domain/diagnose/fixtures/describe-pod.ts'
import { expect, test } from './fixtures.ts'
import { openMode, SEED, SEED_LINK } from './wizard.ts'

// The described pod holds a JWT-looking bearer token too: it must never be shown back in full.
const TOKEN =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.eyJhdWQiOlsiYXBpOi8vQXp1cmVBRFRva2VuRXhjaGFuZ2UiXX0.c2lnbmF0dXJlLXZhbHVl'
const PASTED = `${DESCRIBE_TWO_FAILURES}I1124 auth.go:311] token request Authorization: Bearer ${TOKEN} returned ForbiddenByRbac\n`

test('a pasted describe with two failures shows both, the cause first, and stays out of the link', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await openMode(page, 'Troubleshoot')
  const section = page.getByRole('region', { name: 'Something fails?' })
  await expect(section).toContainText('not put in the link')
  const urlBefore = page.url()
  const savedBefore = await page.evaluate(() => JSON.stringify(localStorage))

  await section.getByLabel('What Kubernetes printed').fill(PASTED)

  const findings = section.getByTestId('finding')
  await expect(findings).toHaveCount(2)
  await expect(findings.nth(0).getByRole('heading')).toHaveText(
    '1. Key Vault (Azure RBAC) denies the read (seen 2 times)',
  )
  await expect(findings.nth(1).getByRole('heading')).toHaveText(
    '2. The synced Kubernetes Secret does not exist (yet)',
  )
  await expect(findings.nth(0)).toContainText('Line 27 of the text')
  await expect(findings.nth(0)).toContainText('0a1b2c3d-1111-4222-8333-444455556666')
  await expect(section).toContainText('2 failures recognised, most likely cause first.')
  await expect(section.locator('.diagnose-result')).not.toContainText(TOKEN.slice(10, 40))

  // The fix copies to the clipboard as shown.
  await findings
    .nth(0)
    .getByRole('button', { name: /^Copy the commands of step 2/ })
    .click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain("az role assignment create --role 'Key Vault Secrets User'")
  expect(copied).toContain('az keyvault show -n kv-shop --query id -o tsv')

  // Nothing pasted reaches the link or the saved answers.
  expect(page.url()).toBe(urlBefore)
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(savedBefore)
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('shop-api')
})

test('names missing from the text come from the answers, and the file picker reads a log', async ({
  page,
}) => {
  await page.goto(SEED_LINK)
  await openMode(page, 'Troubleshoot')
  const section = page.getByRole('region', { name: 'Something fails?' })
  await section.getByLabel('Or pick a file:').setInputFiles({
    name: 'events.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'Warning  FailedMount  5s  kubelet  MountVolume.SetUp failed for volume "secrets-store" : rpc error: failed to mount objects, error: keyvaultName is not provided\r\n',
    ),
  })
  await expect(section.getByRole('status').filter({ hasText: 'Read events.txt.' })).toBeVisible()
  const finding = section.getByTestId('finding')
  await expect(finding).toHaveCount(1)
  await expect(finding.locator('pre.code').last()).toContainText(`keyvaultName: "${SEED.kv}"`)

  await section.getByRole('button', { name: 'Clear' }).click()
  await expect(section.getByTestId('finding')).toHaveCount(0)
  await section
    .getByLabel('What Kubernetes printed')
    .fill('Normal  Started  1m  kubelet  Started container api')
  await expect(section).toContainText('No failure recognised in this text.')
  await expect(section).toContainText('kubectl get events -n <namespace> --sort-by=.lastTimestamp')
})

test('findings are accessible and reachable by keyboard', async ({ page }) => {
  await page.goto(SEED_LINK)
  await openMode(page, 'Troubleshoot')
  const section = page.getByRole('region', { name: 'Something fails?' })
  const input = section.getByLabel('What Kubernetes printed')
  await input.fill(DESCRIBE_TWO_FAILURES)
  await expect(section.getByTestId('finding')).toHaveCount(2)
  // The section's own styles arrived with its chunk (CSP allows only same-origin style sheets).
  expect(
    await section
      .locator('.diagnose-facts')
      .first()
      .evaluate((el) => getComputedStyle(el).display),
  ).toBe('grid')
  const { violations } = await new AxeBuilder({ page }).include('#diagnose').analyze()
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([])

  // Tab from the text area reaches the file picker, then the first finding's copy button.
  await input.focus()
  const copyButton = section
    .getByTestId('finding')
    .first()
    .getByRole('button', { name: /^Copy the/ })
    .first()
  for (let i = 0; i < 10 && !(await copyButton.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(copyButton).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(section.getByTestId('finding').first().getByRole('status').first()).toHaveText(
    'Copied the commands',
  )
})
