import type { OutputFile } from '../types.ts'
import type { ReadGroup, SampleRead } from './reads.ts'

/** A code sample file: the same shape for every language. */
export type CodeSample = Omit<OutputFile, 'kind'> & { kind: 'code' }

/** Prefixes each line with a comment marker; lines are this app's own text or already-escaped literals. */
export const commentLines = (marker: string, indent: string, lines: readonly string[]): string[] =>
  lines.map((line) => `${indent}${marker} ${line}`.trimEnd())

/**
 * One object type's part of a sample, laid out alike in every language: what the values are, the client and
 * an empty collection (`head`), then each read (`store`), after a note of the env var it replaces.
 */
export const readSection = (
  c: (lines: readonly string[]) => string[],
  group: ReadGroup,
  head: readonly string[],
  store: (read: SampleRead) => string[],
): string[] => [
  '',
  ...c(group.comment),
  ...head,
  ...group.reads.flatMap((read) => [...(read.note === undefined ? [] : c([read.note])), ...store(read)]),
]
