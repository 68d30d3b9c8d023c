/**
 * Secrets that pasted logs can hold are never echoed in full: JSON web tokens (service account tokens,
 * Entra tokens), bearer headers, client secrets, passwords, SAS signatures. A few leading characters are
 * kept so the user can tell which value it was. Every pattern has bounded or disjoint repetitions, so it
 * runs in linear time on any line.
 */

const keep = (value: string, n: number) => `${value.slice(0, n)}…[redacted]`

// A JWT: three base64url parts; header always starts "eyJ" ('{"').
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g
const BEARER = /\b(Bearer)\s{1,8}([A-Za-z0-9._~+/=-]{8,})/gi
// key=value or key: value for keys that name a secret. The key must not follow a letter ("objectType:secret"
// is no secret; "clientsecret=..." is).
const KEYED =
  /(?<![A-Za-z0-9])(client_?secret|password|passwd|pwd|access_token|refresh_token|client_assertion|assertion|sig|token|authorization|secret|AccountKey|SharedAccessKey)(["']?\s{0,4}[:=]\s{0,4}["']?)([^\s"'&,;}]{3,})/gi
// Entra client secrets: three characters, a digit, "Q~", then the rest (the format Entra issues since 2021).
const ENTRA_SECRET = /[A-Za-z0-9_.-]{3}[0-9]Q~[A-Za-z0-9_.~-]{20,40}/g

export function redact(line: string): string {
  if (line.length === 0) return line
  return line
    .replace(JWT, (m) => keep(m, 6))
    .replace(BEARER, (_m, word: string, value: string) => `${word} ${keep(value, 4)}`)
    .replace(KEYED, (m, key: string, sep: string, value: string) =>
      value.endsWith('…[redacted]') || value.startsWith('<') || value === 'REDACTED' || /^#+$/.test(value)
        ? m
        : `${key}${sep}${keep(value, 2)}`,
    )
    .replace(ENTRA_SECRET, (m) => keep(m, 3))
}
