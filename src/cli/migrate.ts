/**
 * `npm run --silent migrate -- FILE... [--answers '<permalink>'] [--option N] [--kustomize DIR]`
 * (../shared/spec/cli.md, "Existing workloads and akv2k8s"). stdout holds only manifests, for kubectl apply;
 * everything meant for a person goes to stderr.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { assess, decodePermalink, emptyAnswers, isKnownKey } from '../domain/index.ts'
import { kustomizeOverlay, migrate, readInputs, where, type InputFile } from '../domain/migrate/index.ts'
import { describeMigration } from './migrate-report.ts'
import { parseMigrateArgs } from './migrate-args.ts'
import { usageExit } from './usage.ts'

function readFiles(paths: string[]): { files: InputFile[]; problems: string[] } {
  const files: InputFile[] = []
  const problems: string[] = []
  for (const path of paths) {
    try {
      files.push({ name: path, text: readFileSync(path, 'utf8') })
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'
      problems.push(`${path}: cannot be read (${code})`)
    }
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
    process.stderr.write(all.join('\n') + '\n')
    return 2
  }
  const result = migrate(input, decoded.answers, args.option === undefined ? {} : { option: args.option })
  const { invalid, missing } = assess(result.answers, result.option)
  // The workloads bring their own image, port and command; the az script's rg and cluster are not written here.
  const unused = new Set(['image', 'port', 'rg', 'cluster', 'cmd'])
  const notReady = (result.mode === 'nothing' ? [] : [...invalid, ...missing])
    .filter((i) => !unused.has(i.key))
    .map((i) => `${i.key}: ${i.message}`)
  const unknown = decoded.notices
    .filter((n) => !isKnownKey(n.key))
    .map((n) => `Warning: --answers: ${n.key}: ${n.message}`)
  process.stderr.write([...unknown, ...describeMigration(result, input.ignored, notReady)].join('\n') + '\n')
  process.stdout.write(result.yaml)
  if (args.kustomize !== undefined) writeOverlay(args.kustomize, args.files, result)
  return 0
}

function writeOverlay(dir: string, inputs: string[], result: ReturnType<typeof migrate>): void {
  const paths = inputs.map((f) => relative(resolve(dir), resolve(f)).split('\\').join('/'))
  for (const file of kustomizeOverlay(result, paths)) {
    const target = join(dir, file.path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, file.content)
  }
  const outside = paths.some((p) => p.startsWith('..'))
  process.stderr.write(
    `Wrote a Kustomize overlay to ${dir}` +
      (outside
        ? `; the inputs are outside it, so build it with: kubectl kustomize --load-restrictor=LoadRestrictionsNone ${dir}\n`
        : '\n'),
  )
}

process.exitCode = main(process.argv.slice(2))
