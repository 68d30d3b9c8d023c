import type { OutputFile } from '../types.ts'

/** A code sample file: the same shape for every language. */
export type CodeSample = Omit<OutputFile, 'kind'> & { kind: 'code' }

/** Prefixes each line with a comment marker; lines are this app's own text or already-escaped literals. */
export const commentLines = (marker: string, indent: string, lines: readonly string[]): string[] =>
  lines.map((line) => `${indent}${marker} ${line}`.trimEnd())
