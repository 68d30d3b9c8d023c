import type { Answers } from '../../domain/index.ts'
import type { ChecklistItem, DocumentDiff, MigrationResult, OverlayFile } from '../../domain/migrate/index.ts'

/**
 * What the page asks the import worker (import.worker.ts) and what it answers. Reading, migrating, the
 * diffs and the overlay all run there, so neither a hostile paste nor a keystroke in an answer with 200
 * workloads imported blocks the page; every field is plain data (structured clone).
 */
/** The patched stream's download; the clean-up's apply step names it. */
export const PATCHED_FILE = 'patched.yaml'

export interface ImportFile {
  name: string
  text: string
  pasted?: boolean
}

export interface ImportRequest {
  id: number
  /** Set when the files changed since the last request; the worker keeps what it read of them. */
  files?: ImportFile[]
  answers: Answers
}

export type MigrationView = Pick<MigrationResult, 'option' | 'mode' | 'yaml' | 'lint' | 'ask'> & {
  /** The report as a checklist (checklistOf), worked out in the worker so the page loads none of the importer. */
  checklist: ChecklistItem[]
}

/** A diff as the page shows it: without the unified text, which only the command line and tests read. */
export type DiffView = Omit<DocumentDiff, 'patch'>

export interface ImportReply {
  id: number
  /** Each problem as `file: document N, line L: message`, at most ten. */
  errors: string[]
  docs: number
  ignored: number
  fromInput?: Partial<Answers>
  migration?: { result: MigrationView; diffs: DiffView[]; overlay: OverlayFile[] }
  /**
   * The files without any Secret value, for this browser's storage and the overlay's input/: in the reply to
   * a request that sent the files, when all of them read.
   */
  kept?: ImportFile[]
  /** `kept` as this browser's storage holds it, serialised here so the page only stores it. */
  keptJson?: string
  /** An error the worker did not foresee: said, never thrown. */
  failed?: string
}

/**
 * Where the overlay finds each untouched input inside its archive: `input/` and the name with what a path
 * should not hold as "_", numbered when two names meet (`a b.yaml` and `a_b.yaml`), so no input is lost.
 */
export function inputPaths(names: readonly string[]): string[] {
  const taken = new Set<string>()
  return names.map((name) => {
    const safe = name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'input'
    const dot = safe.lastIndexOf('.')
    const [stem, ext] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, '']
    let path = `input/${safe}`
    for (let n = 2; taken.has(path); n++) path = `input/${stem}-${n}${ext}`
    taken.add(path)
    return path
  })
}
