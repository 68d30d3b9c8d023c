import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REFERENCE_DIR } from './reference.ts'

/**
 * The second seed article's own manifests (its SecretProviderClass `azure-sync`, with the article's
 * `KeyvaultName` slip, and the pod that mounts it), read from the article in `../shared/seeds/` and never
 * copied into the project. The seeds sit beside the shared reference.
 */
const SEEDS_DIR = join(REFERENCE_DIR, '..', 'seeds')
const ARTICLE = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).find((f) => f.startsWith('004_')) : undefined

/** The name the import gives the article's YAML, as if the user had saved it to a file. */
export const SEED_ARTICLE_FILE = 'seed-004-azure-sync.yaml'

/** Why the tests that import the article's YAML cannot run here, or undefined. */
export const SEED_ARTICLE_MISSING: string | undefined = ARTICLE
  ? undefined
  : `${join(SEEDS_DIR, '004_*.txt')} not found: the tests that import the second seed article's YAML are ` +
    'skipped (check out the shared folder beside the project, as ../shared/).'
if (SEED_ARTICLE_MISSING) console.warn(SEED_ARTICLE_MISSING)

/** The article's ```yaml blocks, in order, as one multi-document stream. */
export function seedArticleYaml(): string {
  if (!ARTICLE) throw new Error(SEED_ARTICLE_MISSING)
  const text = readFileSync(join(SEEDS_DIR, ARTICLE), 'utf8')
  const blocks = [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '')
  if (blocks.length !== 2) throw new Error(`expected the article's two YAML blocks, found ${blocks.length}`)
  return blocks.join('---\n')
}
