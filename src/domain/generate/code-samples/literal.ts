/**
 * Double-quoted string literals for the code samples. Every character outside printable ASCII is written as
 * an escape, so a name can neither end the string nor the line (a raw U+2028 ends a line comment in
 * JavaScript and C#), and the same text is safe inside a `//` or `#` comment.
 */
export type LiteralStyle = 'python' | 'csharp' | 'java' | 'javascript' | 'go'

const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0')

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff

/** The UTF-16 code units of an astral code point, each as `\uXXXX`. */
function surrogatePair(cp: number): string {
  const offset = cp - 0x10000
  return `\\u${hex(0xd800 + (offset >> 10), 4)}\\u${hex(0xdc00 + (offset & 0x3ff), 4)}`
}

function escapeCodePoint(cp: number, style: LiteralStyle): string {
  if (cp < 0x80 && style === 'java') {
    // Java turns `\u000A` into a real line break before it reads the string: use an octal escape instead.
    return `\\${cp.toString(8).padStart(3, '0')}`
  }
  if (cp <= 0xffff) {
    // Go has no escape for a lone surrogate (it is not a character); write the replacement character.
    return style === 'go' && isSurrogate(cp) ? '\\uFFFD' : `\\u${hex(cp, 4)}`
  }
  // Python and Go escape whole code points; the UTF-16 languages escape each half.
  return style === 'python' || style === 'go' ? `\\U${hex(cp, 8)}` : surrogatePair(cp)
}

export function stringLiteral(value: string, style: LiteralStyle): string {
  let body = ''
  for (const char of value) {
    const cp = char.codePointAt(0) ?? 0
    if (char === '"' || char === '\\') body += `\\${char}`
    else if (cp >= 0x20 && cp <= 0x7e) body += char
    else body += escapeCodePoint(cp, style)
  }
  return `"${body}"`
}
