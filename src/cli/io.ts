/**
 * What every command reads and prints goes through here: input read up to a limit (an endless pipe or
 * /dev/zero stops with a message instead of growing until Node aborts), text for a terminal with control
 * characters made visible (a name or a pasted log cannot clear the screen, set the title or spoof a line),
 * and a last guard so that no input ever ends in a stack trace.
 */
import { closeSync, openSync, readSync } from 'node:fs'

export type Read = { text: string; cut: boolean } | { problem: string }

const CHUNK = 1024 * 1024

/** Blocks briefly: a non-blocking stdin says EAGAIN until the writer catches up. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** Reads a file ("-" is standard input) as UTF-8, stopping after `limit` bytes; never throws. */
export function readLimited(path: string, limit: number): Read {
  let fd: number
  try {
    fd = path === '-' ? 0 : openSync(path, 'r')
  } catch (error) {
    return { problem: `${shown(path)}: cannot be read (${codeOf(error)})` }
  }
  const chunks: Buffer[] = []
  let total = 0
  try {
    for (;;) {
      const buffer = Buffer.alloc(Math.min(CHUNK, limit + 1 - total))
      let n: number
      try {
        n = readSync(fd, buffer, 0, buffer.length, null)
      } catch (error) {
        if (codeOf(error) === 'EAGAIN') {
          pause(10)
          continue
        }
        throw error
      }
      if (n === 0) break
      chunks.push(buffer.subarray(0, n))
      total += n
      if (total > limit) break
    }
  } catch (error) {
    return { problem: `${shown(path)}: cannot be read (${codeOf(error)})` }
  } finally {
    if (path !== '-') closeSync(fd)
  }
  const cut = total > limit
  const bytes = Buffer.concat(chunks, Math.min(total, limit))
  return { text: bytes.toString('utf8'), cut }
}

const codeOf = (error: unknown): string =>
  error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'

// C0 controls but tab and newline, DEL, C1 controls, and the Unicode bidirectional overrides and isolates,
// which reorder what a terminal shows (a line that reads as something else).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** The text with every control character as a visible escape (`\x1b`, `\r`, `\u202e`); newlines and tabs kept. */
export const terminalSafe = (text: string): string =>
  text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0)
    if (c === '\r') return '\\r'
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`
  })

/** A name (a path, an argument) as it may appear inside a report line: on one line, controls escaped. */
export const shown = (name: string): string => terminalSafe(name).replace(/\n/g, '\\n').replace(/\t/g, '\\t')

/** A report for a person, on stderr: control characters escaped. */
export const report = (text: string): void => void process.stderr.write(terminalSafe(text))

/**
 * Runs a command's main: its exit code, or, for an error nothing foresaw, one line saying so without a
 * stack trace (exit 1). Nothing is written after it.
 */
export function run(command: string, main: (argv: string[]) => number): void {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    report(
      `${command}: stopped on an unexpected error (${shown(what.slice(0, 300))}); ` +
        'nothing more was written. Please report it with the input that caused it.\n',
    )
    process.exitCode = 1
  }
}
