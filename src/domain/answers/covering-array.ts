/**
 * A covering array of strength 2 (every pair of levels of every two factors is in some row), built with the
 * IPOG strategy (Lei et al., "IPOG: A General Strategy for T-Way Software Testing", 2007): start from the
 * full product of the first two factors, then add one factor at a time, first choosing its level in each
 * existing row to cover the most uncovered pairs, then adding rows for the pairs still uncovered.
 * Deterministic: the same levels always give the same rows. No npm package does this (the pairwise
 * generators on npm are unmaintained or internal to other projects), so it is written here, in one page.
 *
 * `levels[i]` is how many levels factor `i` has; each row holds one level index per factor. Put the factor
 * with the most levels first: the array has at least `levels[0] × levels[1]` rows.
 */
export function coveringArray(levels: readonly number[]): number[][] {
  const [first, second] = levels
  if (first === undefined) return [[]]
  if (second === undefined) return range(first).map((a) => [a])
  const rows: number[][] = range(first).flatMap((a) => range(second).map((b) => [a, b]))
  for (let i = 2; i < levels.length; i++) extend(rows, levels, i)
  // A level no pair needed is free: spread the levels over those rows rather than repeating one.
  return rows.map((row, r) => row.map((level, j) => (level === FREE ? r % levels[j]! : level)))
}

const FREE = -1

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i)
const pairKey = (j: number, a: number, b: number): string => `${j},${a},${b}`

/** Adds factor `i` to rows that cover every pair of factors `0..i-1`. */
function extend(rows: number[][], levels: readonly number[], i: number): void {
  const uncovered = new Set<string>()
  for (let j = 0; j < i; j++)
    for (let a = 0; a < levels[j]!; a++) for (let b = 0; b < levels[i]!; b++) uncovered.add(pairKey(j, a, b))

  // Horizontal: the level of factor i in each row that covers the most new pairs (ties: spread by row).
  rows.forEach((row, r) => {
    let best = 0
    let bestGain = -1
    for (let n = 0; n < levels[i]!; n++) {
      const b = (r + n) % levels[i]!
      const gain = row.filter((a, j) => a !== FREE && uncovered.has(pairKey(j, a, b))).length
      if (gain > bestGain) [best, bestGain] = [b, gain]
    }
    row[i] = best
    row.forEach((a, j) => j < i && uncovered.delete(pairKey(j, a, best)))
  })

  // Vertical: each pair still uncovered goes into an added row with that slot free, or a new row.
  const added: number[][] = []
  for (const key of uncovered) {
    const [j, a, b] = key.split(',').map(Number) as [number, number, number]
    let row = added.find((r) => r[i] === b && r[j] === FREE)
    if (!row) {
      row = [...Array<number>(i).fill(FREE), b]
      added.push(row)
    }
    row[j] = a
  }
  rows.push(...added)
}

/** The pairs of levels (`factor i = a` with `factor j = b`) that no row holds: empty for a covering array. */
export function uncoveredPairs(rows: readonly (readonly number[])[], levels: readonly number[]): string[] {
  const missing: string[] = []
  for (let i = 0; i < levels.length; i++)
    for (let j = i + 1; j < levels.length; j++)
      for (let a = 0; a < levels[i]!; a++)
        for (let b = 0; b < levels[j]!; b++)
          if (!rows.some((row) => row[i] === a && row[j] === b)) missing.push(`${i}=${a} & ${j}=${b}`)
  return missing
}
