import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { runEngine } from '../../domain/engine.ts'
import { decodePermalink } from '../../domain/permalink/codec.ts'
import { GOLDEN_LINKS } from './golden-links.ts'

const FIXTURE = fileURLToPath(new URL('./golden-links.json', import.meta.url))

/** What a link opens to: its answers, the recommendation and every file, as the user sees them. */
function snapshot(link: string) {
  const { answers, notices } = decodePermalink(link)
  const { recommendation, issues, generated } = runEngine(answers)
  return {
    answers,
    notices,
    recommendation,
    issues,
    files: generated.files.map((f) => ({ name: f.name, content: f.content })),
    allManifests: generated.allManifests,
  }
}

const current = Object.fromEntries(Object.entries(GOLDEN_LINKS).map(([name, link]) => [name, snapshot(link)]))

if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(FIXTURE, `${JSON.stringify(current, null, 1)}\n`)
const kept = JSON.parse(readFileSync(FIXTURE, 'utf8')) as typeof current

it.each(Object.keys(GOLDEN_LINKS))('%s opens to the same answers, recommendation and files', (name) => {
  expect(current[name]).toEqual(kept[name])
})
