// Sums Vitest's and Playwright's JSON reports into the one line CI reads: `N passed, N failed`.
// A report that is missing (its runner crashed) counts as one failure, so a crash never reads as green.
import { existsSync, readFileSync } from 'node:fs'

const [vitestPath, playwrightPath] = process.argv.slice(2)
let passed = 0
let failed = 0

function read(path) {
  if (!path || !existsSync(path)) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

const vitest = read(vitestPath)
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += (vitest.numFailedTests ?? 0) + (vitest.numFailedTestSuites ?? 0)
} else failed += 1

const playwright = read(playwrightPath)
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0)
  failed += playwright.stats.unexpected ?? 0
  failed += playwright.errors?.length ?? 0
} else failed += 1

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
