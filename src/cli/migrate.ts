/**
 * `npm run --silent migrate -- FILE... [--answers '<permalink>'] [--option N] [--kustomize DIR] [--force]`
 * (../shared/spec/cli.md, "Existing workloads and akv2k8s"). stdout holds only manifests, for kubectl apply;
 * everything meant for a person goes to stderr.
 */
import { relative, resolve } from 'node:path'
import { assess, decodePermalink, emptyAnswers, isKnownKey } from '../domain/index.ts'
import {
  kustomizeOverlay,
  LIMITS,
  migrate,
  readInputs,
  where,
  type InputFile,
} from '../domain/migrate/index.ts'
import { readLimited, report, run, shown, terminalSafe } from './io.ts'
import { describeMigration } from './migrate-report.ts'
import { parseMigrateArgs } from './migrate-args.ts'
import { outDirProblems, writeFiles } from './out-dir.ts'
import { usageExit } from './usage.ts'

const MB = (LIMITS.maxBytes / (1024 * 1024)).toFixed(1)

function readFiles(paths: string[]): { files: InputFile[]; problems: string[] } {
  const files: InputFile[] = []
  const problems: string[] = []
  for (const path of paths) {
    const read = readLimited(path, LIMITS.maxBytes)
    if ('problem' in read) problems.push(read.problem)
    else if (read.cut)
      problems.push(
        `${shown(path)}: stopped reading at ${MB} MB; the importer reads at most ${MB} MB: split it, or import only the manifests of the app to migrate`,
      )
    else files.push({ name: path, text: read.text })
  }
  return { files, problems }
}

function main(argv: string[]): number {
  const args = parseMigrateArgs(argv)
  const stop = usageExit(args)
  if (stop !== undefined) return stop
  const { files, problems } = readFiles(args.files)
  const decoded =
    args.answers === undefined ? { answers: emptyAnswers(), notices: [] } : decodePermalink(args.answers)
  const linkProblems = decoded.notices
    .filter((n) => isKnownKey(n.key))
    .map((n) => `--answers: ${n.key}: ${n.message}`)
  const input = readInputs(files)
  const all = [...problems, ...linkProblems, ...input.errors.map((e) => `${where(e.at)}: ${e.message}`)]
  if (all.length > 0) {
    report(all.join('\n') + '\n')
    return 2
  }
  const result = migrate(input, decoded.answers, args.option === undefined ? {} : { option: args.option })
  const overlay =
    args.kustomize === undefined ? undefined : overlayOf(args.kustomize, args.files, result, args.force)
  if (overlay && overlay.problems.length > 0) {
    report(overlay.problems.join('\n') + '\n')
    return 2
  }
  const { invalid, missing } = assess(result.answers, result.option)
  // The workloads bring their own image, port and command; the az script's rg and cluster are not written here.
  const unused = new Set(['image', 'port', 'rg', 'cluster', 'cmd'])
  const notReady = (result.mode === 'nothing' ? [] : [...invalid, ...missing])
    .filter((i) => !unused.has(i.key))
    .map((i) => `${i.key}: ${i.message}`)
  const unknown = decoded.notices
    .filter((n) => !isKnownKey(n.key))
    .map((n) => `Warning: --answers: ${n.key}: ${n.message}`)
  report([...unknown, ...describeMigration(result, input.ignored, notReady)].join('\n') + '\n')
  // The manifests go to kubectl unchanged; only a person's terminal gets the escapes.
  process.stdout.write(process.stdout.isTTY ? terminalSafe(result.yaml) : result.yaml)
  if (overlay && args.kustomize !== undefined) {
    const failed = writeFiles('--kustomize', args.kustomize, overlay.files)
    if (failed.length > 0) {
      report(failed.join('\n') + '\n')
      return 2
    }
    report(overlay.written)
  }
  return 0
}

/** The overlay's files, and why they cannot be written into `dir`, found before anything is written. */
function overlayOf(dir: string, inputs: string[], result: ReturnType<typeof migrate>, force: boolean) {
  const paths = inputs.map((f) => relative(resolve(dir), resolve(f)).split('\\').join('/'))
  const files = kustomizeOverlay(result, paths)
  const problems = outDirProblems(
    '--kustomize',
    dir,
    files.map((f) => f.path),
    { force, inputs },
  )
  const outside = paths.some((p) => p.startsWith('..'))
  const written =
    `Wrote a Kustomize overlay to ${shown(dir)}` +
    (outside
      ? `; the inputs are outside it, so build it with: kubectl kustomize --load-restrictor=LoadRestrictionsNone ${shown(dir)}\n`
      : '\n')
  return { files, problems, written }
}

run('migrate', main)
