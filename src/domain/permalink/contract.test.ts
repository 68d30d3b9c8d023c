import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { ANSWER_KEYS, isChoiceKey, choiceOptions } from '../answers/model.ts'
import { OBJECT_SHAPE } from './object-entry.ts'

/** docs/permalink.md is the public contract: its keys table must list the registry's keys, in link order. */
const doc = readFileSync(new URL('../../../docs/permalink.md', import.meta.url), 'utf8')

const rows = doc
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => {
    const [keys = '', values = ''] = line.split('|').slice(1, 3)
    return { keys: [...keys.matchAll(/`([^`]+)`/g)].map((m) => m[1]), values }
  })

it('lists exactly the registry keys, in the order a link writes them, after `v`', () => {
  expect(rows.flatMap((r) => r.keys)).toEqual(['v', ...ANSWER_KEYS])
})

it('gives each choice exactly the values the registry accepts', () => {
  for (const row of rows) {
    const [key] = row.keys
    if (key === undefined || !isChoiceKey(key)) continue
    const documented = [...row.values.matchAll(/`([^`]+)`/g)].map((m) => m[1])
    expect(documented, key).toEqual(choiceOptions(key).map((c) => c.value))
  }
})

it('gives the object shape the codec reads, and one bullet per field of it, in order', () => {
  const objects = doc.slice(doc.indexOf('## Objects'))
  expect(objects).toContain(`\`${OBJECT_SHAPE}\``)
  const bullets = [...objects.matchAll(/^- `([A-Z]+)`:/gm)].map((m) => m[1])
  expect(bullets).toEqual(OBJECT_SHAPE.slice('o='.length).split('~'))
})
