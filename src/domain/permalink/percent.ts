const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text that UTF-8 can carry: a lone surrogate (only possible from broken input) becomes U+FFFD. */
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD')

// Legal in a URL fragment (RFC 3986) and never a separator here; left as is so links stay readable.
const READABLE = /%(?:2F|3A|40)/g
const UNESCAPED: Readonly<Record<string, string>> = { '%2F': '/', '%3A': ':', '%40': '@' }

/** Percent-encodes a value for a link. Never throws. */
export const encodeValue = (text: string): string =>
  encodeURIComponent(wellFormed(text)).replace(READABLE, (m) => UNESCAPED[m] ?? m)

/** Decodes a value; undefined when its percent-encoding is malformed. `+` stays a plus sign. */
export function decodeValue(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw)
  } catch {
    return undefined
  }
}

const MAX_SHOWN = 60

/** Part of a link as quoted in a notice: one line, and short. */
export function shown(raw: string): string {
  const chars = Array.from(raw)
  const short = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : raw
  // eslint-disable-next-line no-control-regex
  return short.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
