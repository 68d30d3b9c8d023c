/**
 * Makes pasted text safe to scan: colour codes out, any line ending, lines a terminal wrapped joined again,
 * a size cap, and binary junk refused. Every step is one pass over the text (no backtracking regex).
 */
import { BINARY_SAMPLE, looksBinary } from '../text/binary.ts'

/** The most text read: 16 million characters (a 10 MB log fits). Logs put the newest lines last, so the end is kept. */
export const MAX_CHARS = 16 * 1024 * 1024

export interface CleanText {
  /** The lines to scan, joined by "\n". */
  text: string
  /** Start offset in `text` of each line. */
  starts: number[]
  /** The input line number (1-based) of each line. */
  lineNumbers: number[]
  notices: string[]
  binary: boolean
}

// CSI sequences (colours, cursor moves) and OSC sequences (titles, links). Each class excludes the
// character that ends the sequence, so a failed attempt stops at once. Matching ESC is the point here.
// eslint-disable-next-line no-control-regex
const CSI = /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]/g
// eslint-disable-next-line no-control-regex
const OSC = /\u001b\][^\u0007\u001b]{0,2048}(?:\u0007|\u001b\\)/g

/**
 * A terminal wraps a long line into lines of exactly its width. When many lines share one length of 60 or
 * more and none is longer, a line of that length is joined with the next one (unless the next starts a new
 * record).
 */
function wrapWidth(lines: string[]): number | undefined {
  const counts = new Map<number, number>()
  let longest = 0
  for (const l of lines) {
    if (l.length > longest) longest = l.length
    if (l.length >= 60) counts.set(l.length, (counts.get(l.length) ?? 0) + 1)
  }
  let best: number | undefined
  let bestCount = 0
  for (const [len, n] of counts) if (n > bestCount) [best, bestCount] = [len, n]
  // A terminal never leaves a line longer than its width: any longer line means the text was not wrapped.
  return bestCount >= 3 && bestCount * 4 >= counts.size && best === longest ? best : undefined
}

/** True when a line starts a new event or log record (kubectl's event rows, klog, timestamps, JSON logs). */
export const startsRecord = (line: string): boolean => NEW_RECORD.test(line)

const NEW_RECORD = /^(?:\s{0,4}(?:Warning|Normal)\s|[A-Z][A-Za-z ]{0,30}:\s|[IEWF]\d{4}\s|\d{4}-\d\d-\d\d|\{)/

export function cleanInput(raw: string): CleanText {
  const notices: string[] = []
  let input = raw
  if (input.length > MAX_CHARS) {
    input = input.slice(input.length - MAX_CHARS)
    const mb = (raw.length / 1024 / 1024).toFixed(1)
    notices.push(`The text is ${mb} million characters long; only the last 16 million were read.`)
  }
  if (looksBinary(input.slice(0, BINARY_SAMPLE))) {
    const message =
      'This looks like a binary file, not text Kubernetes printed. Paste the output of kubectl describe pod, ' +
      'kubectl get events or kubectl logs instead.'
    return { text: '', starts: [], lineNumbers: [], notices: [...notices, message], binary: true }
  }
  const plain = input.includes('\u001b') ? input.replace(OSC, '').replace(CSI, '') : input
  const rawLines = plain.split(/\r\n|\r|\n/)
  const width = wrapWidth(rawLines)
  const lines: string[] = []
  const lineNumbers: number[] = []
  for (let i = 0; i < rawLines.length; i++) {
    let line = rawLines[i] ?? ''
    const first = i
    while (width !== undefined && line.length % width === 0 && line.length > 0 && i + 1 < rawLines.length) {
      const next = rawLines[i + 1] ?? ''
      if (next === '' || NEW_RECORD.test(next)) break
      line += next
      i++
    }
    lines.push(line)
    lineNumbers.push(first + 1)
  }
  if (width !== undefined && lines.length < rawLines.length)
    notices.push(`Lines wrapped at ${width} characters by a terminal were joined again.`)
  const starts: number[] = []
  let offset = 0
  for (const l of lines) {
    starts.push(offset)
    offset += l.length + 1
  }
  return { text: lines.join('\n'), starts, lineNumbers, notices, binary: false }
}

/** Index of the line holding `offset` (binary search over line starts). */
export function lineIndexAt(starts: number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
