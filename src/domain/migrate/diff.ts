import { createTwoFilesPatch, structuredPatch } from 'diff'
import { changesOf } from './object-changes.ts'
import { objectLabel, text, toYaml, fields, type Fields } from './shared/bridge.ts'
import type { MigrationResult } from './migrate.ts'
import { where } from './shared/types.ts'

/** One line of a diff: kept, added or removed, with its number on each side it is on. */
export interface DiffLine {
  kind: 'same' | 'add' | 'del'
  text: string
  /** Line number in the object as read (not for an added line). */
  before?: number
  /** Line number in the object as written (not for a removed line). */
  after?: number
}

/** A run of changed lines with up to three kept lines around it, as a unified diff's hunk. */
export interface DiffHunk {
  /** Kept lines not shown between the previous hunk (or the start) and this one. */
  skipped: number
  lines: DiffLine[]
  /** The same lines side by side (`sideBySide`), the objects shared with `lines`. */
  side: SideRow[]
}

export interface DocumentDiff {
  /** `Deployment shop/checkout`. */
  object: string
  /** The heading a reader scans: `Deployment shop/checkout: 1 env var converted, volume added`. */
  heading: string
  /** `deploy.yaml: document 3, line 40`, or `(added) Kind` for an object the migration adds. */
  title: string
  change: 'added' | 'patched' | 'removed'
  hunks: DiffHunk[]
  /** A unified diff of the document as YAML, before and after (both written the same way, so only changes show). */
  patch: string
}

const label = (name: string): string => name.replace(/\s+/g, '_')

const labelOf = (o: Fields): string => {
  const meta = fields(o['metadata'])
  return objectLabel({
    kind: text(o['kind']) ?? '(no kind)',
    namespace: text(meta['namespace']) ?? '',
    name: text(meta['name']) ?? '(no name)',
  })
}

/** jsdiff's hunks as numbered lines, with the count of kept lines between them. */
function hunksOf(before: string, after: string): DiffHunk[] {
  const patch = structuredPatch('a', 'b', before, after, '', '', { context: 3 })
  let shownUpTo = 0 // last old line shown
  return patch.hunks.map((h) => {
    const skipped = Math.max(0, h.oldStart - 1 - shownUpTo)
    let old = h.oldStart
    let now = h.newStart
    // jsdiff numbers an empty side's hunk from 0; its first line is 1.
    if (h.oldLines === 0) old++
    if (h.newLines === 0) now++
    const lines: DiffLine[] = []
    for (const raw of h.lines) {
      const mark = raw[0]
      const body = raw.slice(1)
      if (mark === '\\') continue // "\ No newline at end of file"
      if (mark === '+') lines.push({ kind: 'add', text: body, after: now++ })
      else if (mark === '-') lines.push({ kind: 'del', text: body, before: old++ })
      else lines.push({ kind: 'same', text: body, before: old++, after: now++ })
    }
    shownUpTo = old - 1
    return { skipped, lines, side: sideBySide(lines) }
  })
}

/** The heading's words for a change: what `changesOf` counts, or the change itself. */
function summaryOf(change: DocumentDiff['change'], before: Fields | undefined, after: Fields): string {
  if (change === 'added') return 'added by the migration'
  if (change === 'removed') return 'removed from the output'
  const said = before ? changesOf(before, after) : []
  return said.length > 0 ? said.join(', ') : 'changed'
}

/**
 * One diff per object that changes, headed by what changed in it (jsdiff's line diff of the object as
 * YAML). Both sides are written by the same YAML writer, so a reformatting never shows as a change; a
 * Secret's values were never kept, so its removal shows keys at most.
 */
export function documentDiffs(result: MigrationResult): DocumentDiff[] {
  const diffs: DocumentDiff[] = []
  const add = (change: DocumentDiff['change'], title: string, before: Fields | undefined, after: Fields) => {
    const [a, b] = [before ? toYaml(before) : '', change === 'removed' ? '' : toYaml(after)]
    const object = labelOf(after)
    diffs.push({
      object,
      heading: `${object}: ${summaryOf(change, before, after)}`,
      title,
      change,
      hunks: hunksOf(a, b),
      patch: createTwoFilesPatch(
        `a/${label(title)}`,
        change === 'removed' ? '/dev/null' : `b/${label(title)}`,
        a,
        b,
        '',
        '',
        { context: 3 },
      ),
    })
  }
  for (const d of result.output) {
    if (d.change === 'unchanged') continue
    const title = d.source ? where(d.source.at) : `(added) ${text(d.object['kind']) ?? ''}`
    add(d.change, title, d.source?.object, d.object)
  }
  for (const doc of result.removed) add('removed', where(doc.at), doc.object, doc.object)
  return diffs
}

/** One row of the side-by-side view: a line of the object as read beside its line as written. */
export interface SideRow {
  before?: DiffLine
  after?: DiffLine
}

/**
 * A hunk laid out side by side: a kept line on both sides, and each run of removed lines beside the run of
 * added lines that follows it (the lines that replace them), the shorter run padded.
 */
export function sideBySide(lines: readonly DiffLine[]): SideRow[] {
  const rows: SideRow[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i] as DiffLine
    if (line.kind === 'same') {
      rows.push({ before: line, after: line })
      i++
      continue
    }
    const dels: DiffLine[] = []
    const adds: DiffLine[] = []
    while (i < lines.length && lines[i]?.kind === 'del') dels.push(lines[i++] as DiffLine)
    while (i < lines.length && lines[i]?.kind === 'add') adds.push(lines[i++] as DiffLine)
    for (let k = 0; k < Math.max(dels.length, adds.length); k++) {
      const before = dels[k]
      const after = adds[k]
      rows.push({ ...(before ? { before } : {}), ...(after ? { after } : {}) })
    }
  }
  return rows
}
