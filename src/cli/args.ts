import type { OptionId } from '../domain/index.ts'

export interface CliArgs {
  permalink: string
  out?: string
  /** The decision record's date, `YYYY-MM-DD`; today (UTC) when not given. */
  date?: string
  option?: OptionId
  help: boolean
  /** One line per problem, each starting with the argument it concerns. */
  problems: string[]
  usage: string
}

const USAGE = `usage: npm run --silent generate -- '<permalink>' [--out DIR] [--option N] [--date YYYY-MM-DD]
  <permalink>   a whole app URL, or only its fragment (#v=1&... or v=1&...)
  --out DIR     also write every file the browser offers into DIR
  --option N    generate option N (1, 2 or 3) even when another is recommended
  --date D      the date of decision.md in --out DIR (default: today, UTC), so a pipeline can pin it`

/** Parses the command line; reports problems instead of throwing. */
export function parseCliArgs(argv: string[]): CliArgs {
  const result: CliArgs = { permalink: '', help: false, problems: [], usage: USAGE }
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined]
    if (flag === '--help' || flag === '-h') result.help = true
    else if (flag === '--out' || flag === '--option' || flag === '--date') {
      const value = inline ?? argv[++i]
      if (value === undefined || value === '') result.problems.push(`${flag}: needs a value`)
      else if (flag === '--out') result.out = value
      else if (flag === '--date')
        if (isDate(value)) result.date = value
        else result.problems.push(`--date: "${value}" is not a date; write it as YYYY-MM-DD`)
      else if (value === '1' || value === '2' || value === '3') result.option = Number(value) as OptionId
      else result.problems.push(`--option: "${value}" is not an option; allowed values are 1, 2, 3`)
    } else if (arg.startsWith('--'))
      result.problems.push(`${flag}: unknown flag; allowed flags are --out, --option, --date, --help`)
    else positional.push(arg)
  }
  if (positional.length > 1)
    result.problems.push(`permalink: expected one permalink, got ${positional.length} arguments`)
  if (positional.length === 0 && !result.help)
    result.problems.push('permalink: missing; pass a permalink or its fragment')
  result.permalink = positional[0] ?? ''
  return result
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=')
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)]
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}
