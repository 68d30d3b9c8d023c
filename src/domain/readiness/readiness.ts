import { PLACEHOLDER } from '../answers/placeholder.ts'
import type { OutputFile } from '../generate/types.ts'
import type { FieldIssue } from '../validate/types.ts'

/** The permalink key of each placeholder the files may hold (`o` for an object without a name). */
const PLACEHOLDER_KEYS: readonly { key: string; text: string }[] = Object.entries(PLACEHOLDER).map(
  ([key, text]) => ({ key: key === 'object' ? 'o' : key, text }),
)

/** One file and the placeholders still in it, by the answer that fills each. */
export interface FileReadiness {
  name: string
  /** Permalink keys whose placeholder is still in this file, in registry order. */
  keys: string[]
}

export interface Readiness {
  /** No file holds a placeholder: the folder can be applied as it is. */
  ready: boolean
  files: FileReadiness[]
  /** Every answer still missing, with what it is needed for; each is a placeholder in some file. */
  missing: FieldIssue[]
  /** How many placeholders remain across all files (one per file and answer). */
  count: number
  /** Why the files cannot be applied even with every value given (the identity chosen), if they cannot. */
  blocked?: string
}

/**
 * Placeholders found in the files themselves, so a file can never claim to be ready while it holds one;
 * except those the script fills itself before applying (`Plan.filledByScript`).
 */
export function readinessOf(
  files: readonly OutputFile[],
  missing: readonly FieldIssue[],
  filledByScript: readonly string[] = [],
  blocked?: string,
): Readiness {
  const perFile = files.map((f) => ({
    name: f.name,
    keys: PLACEHOLDER_KEYS.filter((p) => !filledByScript.includes(p.key) && f.content.includes(p.text)).map(
      (p) => p.key,
    ),
  }))
  const count = perFile.reduce((n, f) => n + f.keys.length, 0)
  const ready = count === 0 && missing.length === 0 && blocked === undefined
  return {
    ready,
    files: perFile,
    missing: [...missing],
    count,
    ...(blocked === undefined ? {} : { blocked }),
  }
}
