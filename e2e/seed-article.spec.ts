import { expect, test } from './fixtures.ts'
import { seedArticleByKeyboard } from './seed-article-journey.ts'
import { SEED, SEED_ARTICLE_FRAGMENT } from '../src/test-support/seeds.ts'

/**
 * Issue 18's target for the seed article's scenario by keyboard: from an empty page to the Deployment and
 * the link on the clipboard in at most 40 Tab presses (103 before the form's "Next: the generated files"
 * jump and the files' jump back up to the link).
 */
test('keyboard only at 1280: the seed article from an empty page to the Deployment and the link copied in ≤ 40 Tabs', async ({
  page,
}) => {
  // About 100 key presses, each a round trip to the browser.
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  const journey = await seedArticleByKeyboard(page)
  expect(journey.deploymentCopied).toContain('kind: Deployment')
  expect(journey.deploymentCopied).toContain(`name: ${SEED.app}`)
  // The link reproduces exactly the article's answers, nothing more.
  expect(journey.linkCopied).toBe(page.url())
  expect(new URL(journey.linkCopied).hash).toBe(`#${SEED_ARTICLE_FRAGMENT}`)
  expect(journey.tabs).toBeLessThanOrEqual(40)
})
