/**
 * `npm run --silent generate -- '<permalink>' [--out DIR [--force]] [--option N]` (../shared/spec/cli.md).
 * stdout carries the manifests and nothing else, so it can be piped to `kubectl apply -f -`;
 * everything meant for a person goes to stderr.
 */
import { parseCliArgs } from './args.ts'
import { report, run, shown } from './io.ts'
import { outDirProblems, writeFiles } from './out-dir.ts'
import { describeForCli, problemsForCli } from './report.ts'
import { folderWithRecord, runEngine } from '../domain/engine.ts'
import { usageExit } from './usage.ts'
import { decodePermalink } from '../domain/index.ts'

function main(argv: string[]): number {
  const args = parseCliArgs(argv)
  const stop = usageExit(args)
  if (stop !== undefined) return stop
  const { answers, notices } = decodePermalink(args.permalink)
  const result = runEngine(answers, args.option)
  const { problems, warnings } = problemsForCli(notices, result)
  // The same folder as the browser's "Download all": the files, the decision record, and a README listing
  // what is still missing. The record's date is passed in (--date, else today in UTC), never read inside it.
  const folder =
    args.out === undefined
      ? []
      : folderWithRecord(result, result.generated, result.readiness, {
          date: args.date ?? new Date().toISOString().slice(0, 10),
          pageUrl: pageUrlOf(args.permalink),
        })
  if (args.out !== undefined) {
    const names = folder.map((f) => f.name)
    problems.push(...outDirProblems('--out', args.out, names, { force: args.force }))
  }
  if (problems.length > 0) {
    report(problems.join('\n') + '\n')
    return 2
  }
  report(describeForCli(result, warnings).join('\n') + '\n')
  process.stdout.write(result.generated.allManifests)
  if (args.out !== undefined) {
    const failed = writeFiles(
      '--out',
      args.out,
      folder.map((f) => ({ path: f.name, content: f.content })),
    )
    if (failed.length > 0) {
      report(failed.join('\n') + '\n')
      return 2
    }
    report(`Wrote ${folder.length} files to ${shown(args.out)}\n`)
  }
  return 0
}

/** The page's address of a whole-URL permalink (before `#`), so the record's link opens the same page; else ''. */
function pageUrlOf(permalink: string): string {
  const text = permalink.trim()
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? (text.split('#')[0] ?? '') : ''
}

run('generate', main)
