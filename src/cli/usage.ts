import { report } from './io.ts'

/** What every command's argument parser returns besides its own options. */
export interface ParsedUsage {
  help: boolean
  problems: string[]
  usage: string
}

/** The usage on request (exit 0), or the argument problems then the usage (exit 2); undefined to go on. */
export function usageExit(args: ParsedUsage): number | undefined {
  if (args.help) {
    report(args.usage + '\n')
    return 0
  }
  if (args.problems.length > 0) {
    report(args.problems.join('\n') + '\n' + args.usage + '\n')
    return 2
  }
  return undefined
}
