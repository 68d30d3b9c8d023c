import type { ReportRow, RowStatus } from './shared/report.ts'

/** One row of the migration's checklist: what to do (or what was done), and whether it is done. */
export interface ChecklistItem {
  /** What to do; for a done item, what the migration did. */
  what: string
  /** The construct it is about (`env TEST_SECRET of Deployment ...`), or `After the switch, step N`. */
  about: string
  /** What became of the construct, for an item still to do (the report's result). */
  detail: string
  /** Done by the migration: nothing is left for the user. */
  done: boolean
  status: RowStatus | 'step'
}

/**
 * The report as a checklist (issue 18): every construct the migration handled completely is done; each one
 * with something left to do, and each clean-up step after the switch, in order, is not.
 */
export function checklistOf(result: {
  rows: readonly ReportRow[]
  cleanup: readonly string[]
}): ChecklistItem[] {
  const rows = result.rows.map((row): ChecklistItem =>
    row.todo === ''
      ? { what: row.result, about: row.construct, detail: '', done: true, status: row.status }
      : { what: row.todo, about: row.construct, detail: row.result, done: false, status: row.status },
  )
  const steps = result.cleanup.map((step, i): ChecklistItem => ({
    what: step,
    about: `After the switch, step ${i + 1}`,
    detail: '',
    done: false,
    status: 'step',
  }))
  // What is left to do first, in the report's order; what the migration did after it.
  return [...rows.filter((r) => !r.done), ...steps, ...rows.filter((r) => r.done)]
}
