import type { Fields } from './bridge.ts'

/** Where something is in the input: the file as the user named it, the document (1-based) and the line. */
export interface Location {
  file: string
  document: number
  line: number
}

/** How the importer sees one Kubernetes object. */
export type Role = 'workload' | 'akvs' | 'spc' | 'secret' | 'namespace' | 'serviceaccount' | 'other'

export interface ImportedDoc {
  at: Location
  role: Role
  apiVersion: string
  kind: string
  name: string
  /** As written; empty when the document names none (kubectl then applies it to the current namespace). */
  namespace: string
  /** The object as read. For a Secret, every value is removed: only its keys are kept (see `secretKeys`). */
  object: Fields
  /** The document's text as written (not for List items, never for a Secret with values). */
  source?: string
  /** A Secret's data and stringData keys; its values are never kept. */
  secretKeys?: string[]
}

export interface ReadError {
  at: Location
  message: string
}

export interface Ignored {
  at: Location
  kind: string
  name: string
  reason: string
}

export interface ImportResult {
  /** Every object read, in input order (the items of a `List` in their place). */
  docs: ImportedDoc[]
  /** When not empty, the input cannot be used: nothing should be written. */
  errors: ReadError[]
  /** Objects the importer does not act on, with why; they are passed through unchanged. */
  ignored: Ignored[]
}

export interface InputFile {
  name: string
  text: string
}

/** `file.yaml: document 2, line 14` */
export const where = (at: Location): string => `${at.file}: document ${at.document}, line ${at.line}`

// One label for an object in the report, the lint and the checks (k8s/read.ts).
export { nsLabel, objectLabel } from './bridge.ts'
