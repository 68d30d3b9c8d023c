import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentDiffs, sideBySide, type DiffLine } from './diff.ts'
import { migrate } from './migrate.ts'
import { readInputs } from './read.ts'
import { complete, deployment } from './test-kit.ts'

// An akv2k8s env-injection workload (the project's own example, see fixtures/SOURCES.md).
const ENV_INJECTION = {
  name: 'env-injection.yaml',
  text: readFileSync(new URL('./fixtures/akv2k8s/env-injection.yaml', import.meta.url), 'utf8'),
}

const diffsOf = (files: { name: string; text: string }[], answers = complete()) =>
  documentDiffs(migrate(readInputs(files), answers))

describe('the per-object diff (issue 18: a heading per object, numbered lines, side by side)', () => {
  it('heads the akv2k8s Deployment with what changed in it, counted from the migration', () => {
    const diffs = diffsOf([ENV_INJECTION], complete({ copy: 'ok' }))
    const deployment = diffs.find((d) => d.change === 'patched')
    expect(deployment?.heading).toBe(
      'Deployment checkout/checkout: 1 env var converted, volume added, volume mount added, service account set to checkout',
    )
    expect(diffs.map((d) => d.heading)).toContain(
      'AzureKeyVaultSecret checkout/payment-token: removed from the output',
    )
    expect(diffs.find((d) => d.change === 'added')?.heading).toMatch(
      /^SecretProviderClass checkout\/.+: added by the migration$/,
    )
  })

  it('counts several env vars and a service account set on a plain workload moved to option 2', () => {
    const yaml = deployment(['{name: A, value: "1"}'], '', 'app')
    const [patched] = diffsOf(
      [{ name: 'd.yaml', text: yaml }],
      complete({ opt: 2, auth: 'workload' }),
    ).filter((d) => d.change === 'patched')
    expect(patched?.heading).toMatch(/^Deployment akv-test\/app: /)
    expect(patched?.heading).toContain('volume added')
    expect(patched?.heading).toContain('service account set to')
  })

  it('numbers each line on the side it is on, and counts the kept lines between hunks', () => {
    const diffs = diffsOf([ENV_INJECTION], complete({ copy: 'ok' }))
    const deployment = diffs.find((d) => d.change === 'patched')
    const lines = deployment?.hunks.flatMap((h) => h.lines) ?? []
    expect(lines.some((l) => l.kind === 'add' && l.after !== undefined && l.before === undefined)).toBe(true)
    expect(lines.some((l) => l.kind === 'del' && l.before !== undefined && l.after === undefined)).toBe(true)
    // The first hunk starts after the kept lines it skips: its first old line is skipped + 1.
    const first = deployment?.hunks[0]
    expect(first?.lines[0]?.before).toBe((first?.skipped ?? 0) + 1)
    // The lines, joined, are the unified patch's body (the same jsdiff diff).
    const body = (deployment?.patch ?? '')
      .split('\n')
      .filter((l) => /^[ +-]/.test(l) && !/^(---|\+\+\+) /.test(l))
    expect(lines.map((l) => `${l.kind === 'add' ? '+' : l.kind === 'del' ? '-' : ' '}${l.text}`)).toEqual(
      body,
    )
  })

  it('an added object is all + lines from line 1, a removed one all − lines', () => {
    const diffs = diffsOf([ENV_INJECTION], complete({ copy: 'ok' }))
    const added = diffs.find((d) => d.change === 'added')?.hunks.flatMap((h) => h.lines) ?? []
    expect(added.every((l) => l.kind === 'add')).toBe(true)
    expect(added[0]?.after).toBe(1)
    const removed = diffs.find((d) => d.change === 'removed')?.hunks.flatMap((h) => h.lines) ?? []
    expect(removed.every((l) => l.kind === 'del')).toBe(true)
    expect(removed[0]?.before).toBe(1)
  })
})

describe('sideBySide', () => {
  const same = (n: number): DiffLine => ({ kind: 'same', text: `s${n}`, before: n, after: n })
  const del = (n: number): DiffLine => ({ kind: 'del', text: `d${n}`, before: n })
  const add = (n: number): DiffLine => ({ kind: 'add', text: `a${n}`, after: n })
  it('puts each removed line beside the added line that replaces it, padding the shorter run', () => {
    const rows = sideBySide([same(1), del(2), del(3), add(2), same(4), add(5)])
    expect(rows.map((r) => [r.before?.text, r.after?.text])).toEqual([
      ['s1', 's1'],
      ['d2', 'a2'],
      ['d3', undefined],
      ['s4', 's4'],
      [undefined, 'a5'],
    ])
  })
})
