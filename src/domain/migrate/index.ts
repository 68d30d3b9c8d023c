/** The importer's public API: read, migrate, lint, diff and overlay. See README.md beside this file. */
export { readInputs } from './read.ts'
export {
  answersFromInput,
  mergeAnswers,
  questionsFromInput,
  type InputQuestion,
} from './answers-from-input.ts'
export { migrate, type MigrateOptions, type MigrationResult, type OutputDoc } from './migrate.ts'
export { lintInputs, type LintFinding } from './lint.ts'
export {
  documentDiffs,
  sideBySide,
  type DiffHunk,
  type DiffLine,
  type DocumentDiff,
  type SideRow,
} from './diff.ts'
export { kustomizeOverlay, type OverlayFile } from './kustomize.ts'
export { STATUS_LABEL, type ReportRow, type RowStatus } from './shared/report.ts'
export { checklistOf, type ChecklistItem } from './checklist.ts'
export { LIMITS } from './limits.ts'
export { withoutSecretValues } from './without-secrets.ts'
export {
  where,
  type Ignored,
  type ImportedDoc,
  type ImportResult,
  type InputFile,
  type Location,
  type ReadError,
} from './shared/types.ts'
