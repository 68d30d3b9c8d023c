import { createTwoFilesPatch } from 'diff'
import { toYaml } from './shared/bridge.ts'
import type { MigrationResult } from './migrate.ts'
import { where } from './shared/types.ts'

export interface DocumentDiff {
  /** `deploy.yaml: document 3, line 40`, or `(added)` for an object the migration adds. */
  title: string
  change: 'added' | 'patched' | 'removed'
  /** A unified diff of the document as YAML, before and after (both written the same way, so only changes show). */
  patch: string
}

const label = (name: string): string => name.replace(/\s+/g, '_')

/**
 * One unified diff per document that changes (jsdiff's createTwoFilesPatch). Both sides are written by the
 * same YAML writer, so a reformatting never shows as a change; a Secret's values were never kept, so its
 * removal shows keys at most.
 */
export function documentDiffs(result: MigrationResult): DocumentDiff[] {
  const diffs: DocumentDiff[] = []
  for (const d of result.output) {
    if (d.change === 'unchanged') continue
    const title = d.source ? where(d.source.at) : `(added) ${String((d.object['kind'] as string) ?? '')}`
    const before = d.source ? toYaml(d.source.object) : ''
    diffs.push({
      title,
      change: d.change,
      patch: createTwoFilesPatch(`a/${label(title)}`, `b/${label(title)}`, before, toYaml(d.object), '', '', {
        context: 3,
      }),
    })
  }
  for (const doc of result.removed) {
    const title = where(doc.at)
    diffs.push({
      title,
      change: 'removed',
      patch: createTwoFilesPatch(`a/${label(title)}`, '/dev/null', toYaml(doc.object), '', '', '', {
        context: 3,
      }),
    })
  }
  return diffs
}
