/**
 * `npm run --silent diagnose -- FILE... [--answers '<permalink>']` (../shared/spec/cli.md, "Diagnosing a failure").
 * stdout: the findings, most likely first. stderr: problems with the arguments, the link or the input.
 * Exit 0 when a failure is recognised, 1 when none is, 2 when a file cannot be read.
 */
import { parseDiagnoseArgs } from './diagnose-args.ts'
import { readLimited, report, run, shown, terminalSafe } from './io.ts'
import { usageExit } from './usage.ts'
import { formatDiagnosis } from './diagnose-report.ts'
import { diagnose, MAX_CHARS } from '../domain/diagnose/index.ts'
import { decodePermalink } from '../domain/index.ts'

/**
 * The most read from one input: the diagnosis keeps the last 16 million characters, so reading four times
 * that in bytes (UTF-8) is always enough; an endless pipe (`yes |`) stops there instead of growing.
 */
const MAX_BYTES = 4 * MAX_CHARS

function main(argv: string[]): number {
  const args = parseDiagnoseArgs(argv)
  const early = usageExit(args)
  if (early !== undefined) return early
  const inputs: { where: string; text: string }[] = []
  for (const file of args.files) {
    const where = file === '-' ? 'stdin' : shown(file)
    const read = readLimited(file, MAX_BYTES)
    if ('problem' in read) {
      report(`${read.problem}\n`)
      return 2
    }
    if (read.cut)
      report(
        `${where}: stopped reading after ${MAX_BYTES / 1024 / 1024} MB (the input did not end); the diagnosis reads the last 16 million characters of it\n`,
      )
    inputs.push({ where, text: read.text })
  }
  const decoded = args.answers === undefined ? undefined : decodePermalink(args.answers)
  for (const n of decoded?.notices ?? []) report(`--answers: ${n.key}: ${n.message}\n`)
  let recognised = 0
  const out: string[] = []
  for (const { where, text } of inputs) {
    const d = diagnose(text, { answers: decoded?.answers })
    for (const notice of d.notices) report(`${where}: ${notice}\n`)
    recognised += d.findings.length
    out.push(formatDiagnosis(d, where))
  }
  // A report for a person: what a pasted log held is printed with its control characters made visible.
  process.stdout.write(terminalSafe(out.join('\n\n') + '\n'))
  return recognised > 0 ? 0 : 1
}

run('diagnose', main)
