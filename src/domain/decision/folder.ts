import type { Assessment } from '../assess.ts'
import { runnableFolder, type FolderFile } from '../generate/bundle.ts'
import type { Generated } from '../generate/types.ts'
import type { Readiness } from '../readiness/readiness.ts'
import { DECISION_NAME, decisionRecord, type RecordContext } from './decision-record.ts'

/** The decision record as the folder's file: the page's button, its zip and `--out` all write these bytes. */
export const decisionFile = (
  a: Assessment,
  g: Generated,
  readiness: Readiness,
  ctx: RecordContext,
): FolderFile => ({ name: DECISION_NAME, content: decisionRecord(a, g, readiness, ctx) })

/** What "Download all" and `--out` write: the runnable folder with its decision record. */
export const folderWithRecord = (
  a: Assessment,
  g: Generated,
  readiness: Readiness,
  ctx: RecordContext,
): FolderFile[] => runnableFolder(g, readiness.missing, decisionFile(a, g, readiness, ctx))
