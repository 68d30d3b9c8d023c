import { outputsFor } from './outputs.ts'
import type { PlaceholderNote } from './types.ts'
import type { Generated } from './types.ts'

export type { PlaceholderNote } from './types.ts'

const RECORD_TITLE =
  'the decision record (MADR 4.0): the answers, the three options, the outcome, the permalink'

/** A file of the folder: its name and exact content (the archive and --out write these bytes). */
export interface FolderFile {
  name: string
  content: string
}

/**
 * The runnable folder of one option: every generated file (the rows of the outputs table the plan needs)
 * and the folder's own rows (a README saying what to run in what order and what is still a placeholder).
 * The browser's "Download all" archive and `npm run generate -- ... --out DIR` both hold exactly these files.
 */
export function runnableFolder(
  g: Generated,
  notes: readonly PlaceholderNote[],
  /** The decision record (`decision.md`), written by the caller from the assessment: held as it is. */
  record?: FolderFile,
): FolderFile[] {
  const folderRows = outputsFor(g.plan).flatMap((row) => (row.stage === 'folder' ? [row] : []))
  const records = record ? [{ name: record.name, title: RECORD_TITLE }] : []
  return [
    ...g.files.map(({ name, content }) => ({ name, content })),
    ...(record ? [record] : []),
    ...folderRows.map((row) => ({
      name: row.name(g.plan),
      content: row.render({ plan: g.plan, earlier: g.files, notes, records }),
    })),
  ]
}
