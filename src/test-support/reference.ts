import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Third-party data (the real CRDs, provider schemas) is never copied into this project: tests read it from
 * `../shared/reference/` beside the project root, which CI and every developer machine have.
 */
const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
// SHARED_REFERENCE points elsewhere (a test of the skips sets it to a folder that does not exist).
export const REFERENCE_DIR = resolve(PROJECT_ROOT, process.env['SHARED_REFERENCE'] ?? '../shared/reference')

/** A file of the shared reference, by its path there (`crd/....yaml`). */
export const referenceFile = (path: string): string => join(REFERENCE_DIR, path)

/**
 * Why the tests that need these reference files cannot run here, or undefined when they are all present.
 * The caller skips those tests (describe.skipIf / it.skipIf); this says why, once, on the console.
 */
export function missingReference(paths: readonly string[], needs: string): string | undefined {
  const absent = paths.filter((p) => !existsSync(referenceFile(p)))
  if (absent.length === 0) return undefined
  const reason =
    `${absent.map(referenceFile).join(', ')} not found: the tests that ${needs} are skipped ` +
    '(check out the shared reference beside the project, as ../shared/reference/).'
  console.warn(reason)
  return reason
}
