/** Command line of `npm run --silent diagnose -- FILE... [--answers '<permalink>']` (../shared/spec/cli.md). */
export interface DiagnoseArgs {
  /** Files to read; "-" is standard input. */
  files: string[]
  answers?: string
  help: boolean
  /** One line per problem, each starting with the argument it concerns. */
  problems: string[]
  usage: string
}

const USAGE = `usage: npm run --silent diagnose -- FILE... [--answers '<permalink>']
  FILE                 what kubectl printed (describe pod, get events, logs); - reads standard input
  --answers PERMALINK  the wizard's link (or its fragment), so fixes use your names
exit: 0 a failure was recognised, 1 none was (prints what to collect), 2 a file could not be read`

export function parseDiagnoseArgs(argv: string[]): DiagnoseArgs {
  const result: DiagnoseArgs = { files: [], help: false, problems: [], usage: USAGE }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const eq = arg.indexOf('=')
    const [flag, inline] =
      arg.startsWith('--') && eq !== -1 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined]
    if (flag === '--help' || flag === '-h') result.help = true
    else if (flag === '--answers') {
      const value = inline ?? argv[++i]
      if (value === undefined || value === '')
        result.problems.push('--answers: needs a permalink or its fragment')
      else result.answers = value
    } else if (arg.startsWith('--'))
      result.problems.push(`${flag}: unknown flag; allowed flags are --answers, --help`)
    else result.files.push(arg)
  }
  if (result.files.length === 0 && !result.help)
    result.problems.push('FILE: missing; pass one or more files, or - to read standard input')
  return result
}
