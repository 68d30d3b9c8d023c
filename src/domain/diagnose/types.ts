/** What a diagnosis hands back: findings, most likely first, and anything the input itself needed saying. */

/** A value read from the pasted text (or the answers), shown so the user can check it. */
export interface Fact {
  label: string
  value: string
}

/** One step of a fix: a shell command block, a YAML change, or a sentence. */
export interface FixStep {
  kind: 'shell' | 'yaml' | 'text'
  text: string
}

export interface Finding {
  /** The catalogue entry's id. */
  id: string
  title: string
  /** The cause, in one sentence. */
  cause: string
  /** The line of the input that shows it: 1-based line number and the line, secrets redacted. */
  evidence: { line: number; text: string }
  facts: Fact[]
  fix: FixStep[]
  /** Where the recognised text comes from (upstream repo + path, or issue URL). */
  source: string
  /** How many lines showed the same failure with the same facts. */
  occurrences: number
}

export interface Diagnosis {
  findings: Finding[]
  /** About the input: cut to size, binary, empty. */
  notices: string[]
  /** When nothing was recognised: what to collect next. */
  collectNext: string[]
}
