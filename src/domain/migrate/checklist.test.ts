import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checklistOf } from './checklist.ts'
import { migrate } from './migrate.ts'
import { readInputs } from './read.ts'
import { complete } from './test-kit.ts'

const read = (path: string) =>
  readInputs([{ name: path, text: readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8') }])

describe('the migration report as a checklist', () => {
  it('lists what is left to do first, then the clean-up steps in order, then what the migration did', () => {
    const r = migrate(read('akv2k8s/env-injection.yaml'), complete({ copy: 'ok' }))
    const items = checklistOf(r)
    const firstDone = items.findIndex((i) => i.done)
    expect(firstDone).toBeGreaterThan(0)
    expect(items.slice(firstDone).every((i) => i.done)).toBe(true)
    expect(items.slice(0, firstDone).every((i) => !i.done)).toBe(true)
    // Each clean-up step is an item to do, numbered as the report ordered them.
    const steps = items.filter((i) => i.status === 'step')
    expect(steps.map((s) => s.what)).toEqual(r.cleanup)
    expect(steps[0]?.about).toBe('After the switch, step 1')
    // A converted env var with nothing left is done, worded as what became of it.
    const env = items.find((i) => i.about.startsWith('env PAYMENT_TOKEN'))
    const row = r.rows.find((x) => x.construct.startsWith('env PAYMENT_TOKEN'))
    expect(env?.done).toBe(row?.todo === '')
    expect(env?.what).toBe(row?.todo === '' ? row.result : row?.todo)
  })

  it('an item still to do says what to do and keeps what became of the construct beside it', () => {
    const r = migrate(read('akv2k8s/multi-key-value-secret.yaml'), complete({ copy: 'ok' }))
    const stuck = checklistOf(r).find((i) => i.status === 'not-convertible')
    const row = r.rows.find((x) => x.status === 'not-convertible')
    expect(stuck).toMatchObject({ done: false, what: row?.todo, detail: row?.result })
  })
})
