import type { OptionId } from '../domain/index.ts'

export interface MigrateArgs {
  files: string[]
  answers?: string
  option?: OptionId
  kustomize?: string
  /** Write the overlay into a folder that holds files already (never over an input). */
  force: boolean
  help: boolean
  /** One line per problem, each starting with the argument it concerns. */
  problems: string[]
  usage: string
}

const USAGE = `usage: npm run --silent migrate -- FILE... [--answers '<permalink>'] [--option N] [--kustomize DIR [--force]]
  FILE...            YAML files: workloads, akv2k8s AzureKeyVaultSecrets, SecretProviderClasses (List kinds too)
  --answers LINK     a permalink (or its fragment) with what the files cannot say: tenant, identity, copy, ...
  --option N         apply option N (1, 2 or 3) even when another is recommended
  --kustomize DIR    also write a Kustomize overlay that turns FILE... into what stdout holds; DIR must be
                     new or empty
  --force            write the overlay into a DIR that holds files (it never writes over an input FILE)
  each FILE is read up to 5 MB; - reads standard input`

const FLAGS = ['--answers', '--option', '--kustomize']
const SWITCHES = ['--force', '--help']

/** Parses the command line the way args.ts does for generate: problems reported, never thrown. */
export function parseMigrateArgs(argv: string[]): MigrateArgs {
  const result: MigrateArgs = { files: [], force: false, help: false, problems: [], usage: USAGE }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const eq = arg.indexOf('=')
    const [flag, inline] =
      arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined]
    if (flag === '--help' || flag === '-h') result.help = true
    else if (flag === '--force') result.force = true
    else if (FLAGS.includes(flag)) {
      const value = inline ?? argv[++i]
      if (value === undefined || value === '') result.problems.push(`${flag}: needs a value`)
      else if (flag === '--answers') result.answers = value
      else if (flag === '--kustomize') result.kustomize = value
      else if (value === '1' || value === '2' || value === '3') result.option = Number(value) as OptionId
      else result.problems.push(`--option: "${value}" is not an option; allowed values are 1, 2, 3`)
    } else if (arg.startsWith('--'))
      result.problems.push(`${flag}: unknown flag; allowed flags are ${[...FLAGS, ...SWITCHES].join(', ')}`)
    else result.files.push(arg)
  }
  if (result.files.length === 0 && !result.help)
    result.problems.push('FILE: missing; pass one or more YAML files')
  return result
}
