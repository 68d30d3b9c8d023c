import type { OptionId } from '../answers/model.ts'
import type { Warning } from './types.ts'
import type { JudgedRow } from './verdict-table.ts'

/** Every caveat of the generated option, once each: these are what the user applies along with its files. */
export function warningsFor(rows: JudgedRow[], generated: OptionId): Warning[] {
  const byId = new Map<string, Warning>()
  for (const row of rows) {
    const j = row.judgements[generated]
    if (j.verdict === 'caveat') for (const w of j.warnings) if (!byId.has(w.id)) byId.set(w.id, w)
  }
  return [...byId.values()]
}

/** One sentence per answer the generated option goes against. */
export const violationsFor = (rows: JudgedRow[], generated: OptionId): string[] =>
  rows.flatMap((row) => {
    const j = row.judgements[generated]
    return j.verdict === 'no' ? [`${j.violation}, which goes against “${row.question}: ${row.answer}”.`] : []
  })
