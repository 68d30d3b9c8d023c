import { describe, expect, it } from 'vitest'
import { readInputs } from './read.ts'
import { LIMITS } from './limits.ts'

/** Hostile or mistaken pastes (issue 15): each gets a message naming what and where, quickly, never a throw. */
const one = (text: string) => readInputs([{ name: 'in.yaml', text }])
const firstError = (text: string) => one(text).errors[0]
const configMap = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${data}`
const keys = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('')

describe('readInputs on hostile input', () => {
  it('refuses a key repeated in a mapping, at its line, as kubectl does', () => {
    expect(firstError(configMap('  a: 1\n  b: 2\n  a: 3\n'))).toEqual({
      at: { file: 'in.yaml', document: 1, line: 8 },
      message: 'not valid YAML: Map keys must be unique',
    })
    // In a nested flow mapping too; keys of other mappings, merge keys and 1 vs "1" are no repeat.
    expect(firstError(configMap('  x: {p: 1, q: {r: 1, r: 2}}\n'))?.message).toMatch(/must be unique/)
    const fine = configMap('  "1": a\n  2: b\n  x: {a: 1}\n  y: {a: 1}\n')
    expect(one(fine).errors).toEqual([])
  })

  // The check was quadratic: 100,000 keys took 80 s in the browser and 140 s as one flow mapping. Linear,
  // it takes about 2 s here; the bound only catches the quadratic cost (the bench shows the ratio).
  it('reads 100,000 keys in one mapping, block or flow, in seconds', () => {
    for (const text of [
      configMap(keys(100_000, (i) => `  k${i}: v${i}\n`)),
      configMap(`  {${keys(100_000, (i) => `k${i}: v, `)}}\n`),
    ]) {
      const started = performance.now()
      const r = one(text)
      expect(r.errors).toEqual([])
      expect(performance.now() - started).toBeLessThan(20_000)
    }
  }, 60_000)

  it('counts the documents before parsing them', () => {
    const started = performance.now()
    const r = one('---\n'.repeat(1_000_000))
    expect(r.errors[0]?.message).toMatch(/^1000001 documents; the importer reads at most 10000$/)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('says random bytes are not text, not that they nest too deep', () => {
    let seed = 7
    const bytes = Uint8Array.from(
      { length: 1 << 20 },
      () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24,
    )
    expect(firstError(new TextDecoder().decode(bytes))?.message).toMatch(/^not text: .*binary file/)
  })

  it('says block nesting a thousand levels deep is too deep, not that the stack overflowed', () => {
    for (const depth of [1_000, 2_500]) {
      const block = Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 2)}k:`).join('\n')
      const message = firstError(configMap(`${block} 1\n`))?.message
      expect(message).toBe(`nesting deeper than ${LIMITS.maxDepth} levels: not a Kubernetes manifest`)
    }
    const dashes = Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')
    expect(firstError(`a:\n${dashes} x\n`)?.message).toMatch(/^nesting deeper than 64 levels/)
  })

  it('refuses a string longer than a ConfigMap can hold, before the YAML writer could fail on it', () => {
    const long = 'x'.repeat(LIMITS.maxStringChars + 1)
    for (const text of [configMap(`  k: ${long}\n`), configMap(`  ? ${long}\n  : v\n`)]) {
      const r = one(text)
      expect(r.errors[0]?.message).toMatch(
        /^a value or key of 1048577 characters; the importer reads strings/,
      )
      expect(JSON.stringify(r)).not.toContain('xxxxxxxxxx')
    }
  })
})
