import { PLACEHOLDER } from '../../domain/index.ts'

const WORDS = new Set<string>(Object.values(PLACEHOLDER))
const ANY = /<[a-z-]+>/g

/** A file's text in parts, the placeholders apart, for the plain view shown before highlighting loads. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = []
  let at = 0
  for (const match of text.matchAll(ANY)) {
    if (!WORDS.has(match[0])) continue
    if (match.index > at) parts.push({ text: text.slice(at, match.index), placeholder: false })
    parts.push({ text: match[0], placeholder: true })
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), placeholder: false })
  return parts
}
