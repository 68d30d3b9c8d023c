/** Small helpers the catalogue writes its fixes with: names from the text, else the answers, else placeholders. */
import { PLACEHOLDER, shQuote } from './bridge.ts'
import type { MatchContext } from './catalogue/entry.ts'
import type { Fact, FixStep } from './types.ts'

export const sh = (...lines: string[]): FixStep => ({ kind: 'shell', text: lines.join('\n') })
export const yaml = (...lines: string[]): FixStep => ({ kind: 'yaml', text: lines.join('\n') })
export const say = (text: string): FixStep => ({ kind: 'text', text })

/** The first given name, else the placeholder. */
export const nameOr = (placeholder: string, ...values: (string | undefined)[]): string =>
  values.find((v) => v !== undefined && v !== '') ?? placeholder

/** Facts with a value, in order. */
export function facts(...pairs: [string, string | undefined][]): Fact[] {
  return pairs
    .filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
    .map(([label, value]) => ({ label, value }))
}

/** A shell word: quoted when it holds anything but safe characters (placeholders hold < and >). */
export const q = (word: string): string => (/^[A-Za-z0-9@%+=:,./_-]+$/.test(word) ? word : shQuote(word))

/** The vault the text names, else the answers' vault, else the placeholder. */
export const vaultOf = (c: MatchContext): string => nameOr(PLACEHOLDER.kv, c.facts.vault, c.names.vault)
