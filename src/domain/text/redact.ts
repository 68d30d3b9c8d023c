/**
 * Secrets that pasted text can hold are never echoed in full: JSON web tokens, bearer and basic
 * credentials, keyed secrets (`password=`, `"client_secret":`, klog's escaped JSON `{\"apiKey\":\"…\"}`),
 * secret flags (`--password x`, `-p x`), URL credentials (`https://user:pass@host`), PEM private-key bodies,
 * well-known token formats (GitHub, Slack, AWS, Entra client secrets) and long opaque base64 runs. A few
 * leading characters are kept so the user can tell which value it was. The diagnosis redacts everything it
 * prints with it (diagnose/redact.ts); the start command's warning asks it whether a command holds a secret.
 * Every pattern has bounded or disjoint repetitions, so it runs in linear time on any line.
 */
const MARK = '…[redacted]'
const keep = (value: string, n: number) => `${value.slice(0, n)}${MARK}`

// A JWT: three base64url parts; header always starts "eyJ" ('{"').
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g
const SCHEME = /\b(Bearer|Basic)\s{1,8}([A-Za-z0-9._~+/=-]{8,})/gi
// key=value or key: value for keys that name a secret. The key must not follow a letter ("objectType:secret"
// is no secret; "clientsecret=..." is). The separator may carry klog's escaped quotes (\"key\":\"value\").
// A quoted value is redacted to its closing quote, so the second word of "two words" goes too.
const KEYED = new RegExp(
  '(?<![A-Za-z0-9])(client[-_]?secret|password|passwd|pwd|access[-_]?token|refresh[-_]?token|id[-_]?token|' +
    'client[-_]?assertion|assertion|sig|token|authorization|secret|AccountKey|SharedAccessKey|' +
    'x-api-key|api[-_]?key|ocp-apim-subscription-key|subscription[-_]?key|private[-_]?key|credentials?)' +
    '(\\\\{0,2}["\']?\\s{0,4}[:=]\\s{0,4})' +
    '(\\\\"[^"\\\\\\n]{1,1024}\\\\"|"[^"\\n]{1,1024}"|\'[^\'\\n]{1,1024}\'|[^\\s"\'&,;}\\\\]{3,})',
  'gi',
)
// Command-line flags that take a secret: the next word, quoted or not.
const FLAG =
  /(?<!\S)(--(?:password|passwd|client-secret|secret|token|api-key|sas-token|account-key|private-key)|-p)(=|\s{1,4})("[^"\n]{1,1024}"|'[^'\n]{1,1024}'|[^\s"'-][^\s"']{0,4096})/gi
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@]{1,256}:)([^\s/@]{1,256})@/gi
const PEM = /(-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----)((?:\\n|\s)*)([A-Za-z0-9+/=\\\s]{8,})/g
// Formats their issuers document: GitHub (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_), Slack (xox?-), AWS access
// key IDs (AKIA/ASIA + 16), GitLab (glpat-), npm (npm_), OpenAI-style (sk-).
const PREFIXED =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255}|xox[abposr]-[A-Za-z0-9-]{10,255}|(?:AKIA|ASIA)[0-9A-Z]{16}|glpat-[A-Za-z0-9_-]{20,255}|npm_[A-Za-z0-9]{36}|sk-[A-Za-z0-9_-]{20,255})/g
// Entra client secrets: three characters, a digit, "Q~", then the rest (the format Entra issues since 2021).
const ENTRA_SECRET = /[A-Za-z0-9_.-]{3}[0-9]Q~[A-Za-z0-9_.~-]{20,40}/g
// An opaque run of 40 or more base64 characters mixing upper case, lower case and digits (a key, a PEM body
// line, an opaque token); hex digests and Kubernetes names are lower case, so they stay.
const OPAQUE = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}/g
const isOpaque = (run: string) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run)

const done = (value: string) => value.includes(MARK)
const placeholder = (value: string) => {
  const bare = value.replace(/^\\?["']|\\?["']$/g, '')
  return bare.startsWith('<') || bare === 'REDACTED' || /^[#*]+$/.test(bare) || bare === ''
}

export function redact(line: string): string {
  if (line.length === 0) return line
  return line
    .replace(PEM, (_m, begin: string, gap: string) => `${begin}${gap}${MARK}`)
    .replace(JWT, (m) => keep(m, 6))
    .replace(SCHEME, (_m, word: string, value: string) => `${word} ${keep(value, 4)}`)
    .replace(URL_CREDENTIALS, (_m, head: string) => `${head}${MARK}@`)
    .replace(KEYED, (m, key: string, sep: string, value: string) =>
      done(value) || placeholder(value) ? m : `${key}${sep}${keep(value, value.startsWith('"') ? 3 : 2)}`,
    )
    .replace(FLAG, (m, flag: string, sep: string, value: string) =>
      // `-p 8080:80` publishes a port (docker, kubectl port-forward): numbers are no password.
      done(value) || placeholder(value) || (flag === '-p' && /^[\d:.]+$/.test(value))
        ? m
        : `${flag}${sep}${keep(value, 1)}`,
    )
    .replace(PREFIXED, (m) => keep(m, 4))
    .replace(ENTRA_SECRET, (m) => keep(m, 3))
    .replace(OPAQUE, (m) => (isOpaque(m) ? keep(m, 4) : m))
}
