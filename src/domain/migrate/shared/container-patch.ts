import { containersOf, list, text, wrapperCommand, type Fields } from './bridge.ts'

type Pod = { labels: Record<string, string>; spec: Fields }

export const containerNamed = (pod: Pod, name: string): Fields =>
  containersOf(pod.spec).find((c) => c['name'] === name) ?? {}

const sameList = (a: unknown[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

/**
 * The wrapper's arguments for an existing container: its own command and args, which the wrapper execs.
 * Already wrapped (a second run): unchanged. No command: the image's ENTRYPOINT is unknown here, so the
 * answer `cmd` (or its placeholder) stands in, and the caller says so.
 */
export function wrapperArgsFor(container: Fields, fallback: string[]): { args: string[]; known: boolean } {
  const command = list(container['command']).map((x) => text(x) ?? String(x))
  const args = list(container['args']).map((x) => text(x) ?? String(x))
  if (sameList(command, wrapperCommand())) return { args, known: true }
  if (command.length === 0) return { args: fallback, known: false }
  return { args: [...command, ...args], known: true }
}
