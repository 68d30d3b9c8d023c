/**
 * `npm run --silent generate -- '<permalink>' [--out DIR] [--option N]` (../shared/spec/cli.md).
 * stdout carries the manifests and nothing else, so it can be piped to `kubectl apply -f -`;
 * everything meant for a person goes to stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCliArgs } from './args.ts'
import { describeForCli, problemsForCli } from './report.ts'
import { runEngine } from '../domain/engine.ts'
import { usageExit } from './usage.ts'
import { folderWithRecord } from '../domain/engine.ts'
import { decodePermalink } from '../domain/index.ts'

function main(argv: string[]): number {
  const args = parseCliArgs(argv)
  const stop = usageExit(args)
  if (stop !== undefined) return stop
  const { answers, notices } = decodePermalink(args.permalink)
  const result = runEngine(answers, args.option)
  const { problems, warnings } = problemsForCli(notices, result)
  if (problems.length > 0) {
    process.stderr.write(problems.join('\n') + '\n')
    return 2
  }
  process.stderr.write(describeForCli(result, warnings).join('\n') + '\n')
  process.stdout.write(result.generated.allManifests)
  if (args.out !== undefined) {
    // The same folder as the browser's "Download all": the files, the decision record, and a README listing
    // what is still missing. The record's date is passed in (--date, else today in UTC), never read inside it.
    const folder = folderWithRecord(result, result.generated, result.readiness, {
      date: args.date ?? new Date().toISOString().slice(0, 10),
      pageUrl: pageUrlOf(args.permalink),
    })
    mkdirSync(args.out, { recursive: true })
    for (const file of folder) writeFileSync(join(args.out, file.name), file.content)
    process.stderr.write(`Wrote ${folder.length} files to ${args.out}\n`)
  }
  return 0
}

/** The page's address of a whole-URL permalink (before `#`), so the record's link opens the same page; else ''. */
function pageUrlOf(permalink: string): string {
  const text = permalink.trim()
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? (text.split('#')[0] ?? '') : ''
}

process.exitCode = main(process.argv.slice(2))
