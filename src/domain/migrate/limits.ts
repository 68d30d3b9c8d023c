/**
 * Limits on what the importer reads, so a hostile or mistaken paste gives a message instead of a frozen tab.
 * A 200-workload `helm template` output is about 0.6 MB; these leave ample room above real manifests.
 */
export const LIMITS = {
  /** Per file and for all files together. */
  maxBytes: 5 * 1024 * 1024,
  maxDocuments: 10_000,
  /** Kubernetes objects nest about 15 levels (CronJob → container → env → valueFrom → secretKeyRef). */
  maxDepth: 64,
  /** The `yaml` package's guard against "billion laughs": an alias may be expanded at most this often. */
  maxAliasCount: 100,
} as const

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`

export const tooBig = (what: string, length: number): string =>
  `${what} is ${mb(length)}; the importer reads at most ${mb(LIMITS.maxBytes)}: split it, or import only the manifests of the app to migrate`

/**
 * Deepest nesting of flow collections (`[`, `{`) in the text, skipping quoted strings and comments. Checked
 * before parsing, so that ten thousand `[` never reach the parser's recursion.
 */
export function flowDepthExceeds(source: string, max: number): { line: number } | undefined {
  let depth = 0
  let line = 1
  let quote: string | undefined
  let comment = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\n') {
      line++
      comment = false
      // A quoted scalar may span lines, but a plain key on the next line starting a new item is more common.
      continue
    }
    if (comment) continue
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = undefined
      continue
    }
    if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(source[i - 1] ?? ' ')))) quote = c
    else if (c === '#' && (i === 0 || /\s/.test(source[i - 1] ?? ' '))) comment = true
    else if (c === '[' || c === '{') {
      depth++
      if (depth > max) return { line }
    } else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return undefined
}
