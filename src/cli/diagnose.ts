/**
 * `npm run --silent diagnose -- FILE... [--answers '<permalink>']` (../shared/spec/cli.md, "Diagnosing a failure").
 * stdout: the findings, most likely first. stderr: problems with the arguments, the link or the input.
 * Exit 0 when a failure is recognised, 1 when none is, 2 when a file cannot be read.
 */
import { readFileSync } from 'node:fs'
import { parseDiagnoseArgs } from './diagnose-args.ts'
import { usageExit } from './usage.ts'
import { formatDiagnosis } from './diagnose-report.ts'
import { diagnose } from '../domain/diagnose/index.ts'
import { decodePermalink } from '../domain/index.ts'

function read(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8')
}

function main(argv: string[]): number {
  const args = parseDiagnoseArgs(argv)
  const early = usageExit(args)
  if (early !== undefined) return early
  const inputs: { where: string; text: string }[] = []
  for (const file of args.files) {
    try {
      inputs.push({ where: file === '-' ? 'stdin' : file, text: read(file) })
    } catch (e) {
      const reason = e instanceof Error && 'code' in e ? String(e.code) : String(e)
      process.stderr.write(`${file}: cannot be read (${reason})\n`)
      return 2
    }
  }
  const decoded = args.answers === undefined ? undefined : decodePermalink(args.answers)
  for (const n of decoded?.notices ?? []) process.stderr.write(`--answers: ${n.key}: ${n.message}\n`)
  let recognised = 0
  const out: string[] = []
  for (const { where, text } of inputs) {
    const d = diagnose(text, { answers: decoded?.answers })
    for (const notice of d.notices) process.stderr.write(`${where}: ${notice}\n`)
    recognised += d.findings.length
    out.push(formatDiagnosis(d, where))
  }
  process.stdout.write(out.join('\n\n') + '\n')
  return recognised > 0 ? 0 : 1
}

process.exitCode = main(process.argv.slice(2))
