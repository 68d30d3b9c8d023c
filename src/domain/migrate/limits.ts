/**
 * Limits on what the importer reads, so a hostile or mistaken paste gives a message instead of a frozen tab.
 * A 200-workload `helm template` output is about 0.6 MB; these leave ample room above real manifests.
 */
/** The most the importer reads, per file and for all together; the page refuses a larger paste up front. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024

export const LIMITS = {
  /** Per file and for all files together. */
  maxBytes: IMPORT_MAX_BYTES,
  maxDocuments: 10_000,
  /** Kubernetes objects nest about 15 levels (CronJob → container → env → valueFrom → secretKeyRef). */
  maxDepth: 64,
  /** The `yaml` package's guard against "billion laughs": an alias may be expanded at most this often. */
  maxAliasCount: 100,
  /**
   * The longest string (a value or a key). Kubernetes stores an object of at most 1.5 MiB in etcd and a
   * ConfigMap's or Secret's data of at most 1 MiB ("must have at most 1048576 bytes", apimachinery's
   * validation of ConfigMap and Secret), so a longer value is no manifest; js-yaml's writer also runs out of
   * stack on a string of about 2.1 million characters.
   */
  maxStringChars: 1024 * 1024,
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

/**
 * Deepest nesting of block collections, from the indentation of each line (a stack of indents: one pass),
 * with compact sequences (`- - x`) counted per dash. Checked before parsing: the `yaml` package recurses
 * once per level and runs out of stack at about a thousand. Block scalars' lines count too, so the limit
 * here is twice `LIMITS.maxDepth`; the read value is held to `maxDepth` itself.
 */
export function blockDepthExceeds(source: string, max: number): { line: number } | undefined {
  const indents: number[] = []
  let line = 0
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    line++
    let i = start
    while (i < end && (source[i] === ' ' || source[i] === '\t')) i++
    if (i < end && source[i] !== '#' && source[i] !== '\r') {
      let indent = i - start
      for (;;) {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop()
        indents.push(indent)
        if (indents.length > max) return { line }
        // A compact sequence: "- - x" nests once more at the column after each dash.
        if (source[i] !== '-' || (source[i + 1] !== ' ' && source[i + 1] !== '\t')) break
        i += 2
        while (i < end && source[i] === ' ') i++
        indent = i - start
      }
    }
    start = end + 1
  }
  return undefined
}

/**
 * The number of documents in a stream, counted from its `---` lines before anything is parsed (a file of a
 * million `---` lines is refused at once).
 */
export function documentCount(source: string): number {
  let count = 1
  for (let at = source.indexOf('---'); at !== -1; at = source.indexOf('---', at + 3)) {
    const next = source[at + 3]
    if ((at === 0 || source[at - 1] === '\n') && (next === undefined || /\s/.test(next))) count++
  }
  return count
}
