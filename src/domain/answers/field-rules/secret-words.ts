/**
 * What in a start command looks like a secret: a flag that takes one (`--password x`, `--token=x`), a
 * variable named like one (`DB_PASSWORD=x`), credentials in a URL (`https://user:pass@host`) or a well-known
 * token prefix. A small list of its own, not the diagnosis's redaction (text/redact.ts): that one reads
 * logs, with PEM bodies, escaped JSON and headers, and would cost the first screen its weight.
 */
const SECRET_WORD = /(?:pass(?:word|wd)?|pwd|secret|token|api[-_]?key|client[-_]?secret|credential)/i
const PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:^|\\s)--?[\\w-]*${SECRET_WORD.source}[\\w-]*(?:=|\\s+)\\S+`, 'i'),
  new RegExp(`(?:^|\\s)[A-Za-z_][\\w]*${SECRET_WORD.source}[\\w]*=\\S+`, 'i'),
  /:\/\/[^/\s:@]+:[^/\s@]+@/,
  /\b(?:ghp_|gho_|github_pat_|xox[abpr]-|AKIA)[A-Za-z0-9_-]{8,}/,
]

export const looksLikeSecret = (command: string): boolean => PATTERNS.some((p) => p.test(command))
