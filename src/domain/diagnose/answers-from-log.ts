/**
 * Values a pasted text gives for answers still missing (issue 18: "Use tenant 72f988bf… from this log"): the
 * vault's tenant and the identity's client ID, each with the line that shows it. Only where the text says the
 * value is the one in use and known to Entra ID; a value the text itself calls unknown (AADSTS700016's
 * "Application with identifier 'X' was not found in the directory 'Y'", AADSTS90002's "Tenant 'X' not found")
 * is never offered. Every pattern is a fixed prefix and a GUID: linear time on any input.
 */
import { isPlaceholder, type Answers } from './bridge.ts'
import { GUID } from './facts.ts'

export type LogAnswerKey = 'tenant' | 'client'

export interface LogAnswer {
  key: LogAnswerKey
  /** The GUID, lower case as the answers write it. */
  value: string
  /** What the text shows it as, in a few words. */
  why: string
  /** 1-based line of the text it is on. */
  line: number
}

interface Pattern {
  key: LogAnswerKey
  re: RegExp
  why: string
}

const PATTERNS: readonly Pattern[] = [
  // Key Vault's 403: "Caller: appid=<client>;oid=<object>;iss=https://sts.windows.net/<tenant>/" (RBAC) and
  // "'appid=...;oid=...;numgroups=2;iss=https://sts.windows.net/<tenant>/'" (access policies): the token Key
  // Vault accepted, so its issuer is the vault's tenant (Key Vault refuses another tenant's token with
  // AKV10032) and appid the identity that reached it. Texts: fixtures/messages.ts, with their sources.
  {
    key: 'tenant',
    re: new RegExp(`iss=https://sts\\.windows\\.net/(${GUID})/`, 'g'),
    why: 'the tenant of the token Key Vault received (iss=)',
  },
  // A v2.0 token's issuer, https://login.microsoftonline.com/<tenant>/v2.0 (Entra ID, "Access token claims
  // reference": iss), as Key Vault writes it in iss= and as a decoded token's "iss" claim reads.
  {
    key: 'tenant',
    re: new RegExp(`iss"?[=:]\\s{0,3}"?https://login\\.microsoftonline\\.com/(${GUID})/v2\\.0`, 'g'),
    why: 'the tenant of the token (iss, v2.0)',
  },
  {
    key: 'tenant',
    re: new RegExp(`"iss"\\s{0,3}:\\s{0,3}"https://sts\\.windows\\.net/(${GUID})/`, 'g'),
    why: 'the tenant of the token ("iss" claim)',
  },
  // The provider's token request, "http call(https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token)":
  // the tenant the SecretProviderClass names (its tenantId), offered unless the reply says it is wrong.
  {
    key: 'tenant',
    re: new RegExp(`https://login\\.microsoftonline\\.com/(${GUID})/oauth2/v2\\.0/token`, 'g'),
    why: 'the tenant the token was requested from',
  },
  {
    key: 'client',
    re: new RegExp(`appid=(${GUID})`, 'g'),
    why: 'the client ID of the identity that reached Key Vault (appid=)',
  },
  // AADSTS7000222 "The provided client secret keys for app '<id>' are expired" (MicrosoftDocs/entra-docs
  // docs/identity-platform/reference-error-codes.md): the service principal exists, only its secret expired.
  {
    key: 'client',
    re: new RegExp(`client secret keys for app '(${GUID})'`, 'g'),
    why: 'the client ID of the service principal whose secret expired (AADSTS7000222)',
  },
]

/** Entra ID's replies that say the tenant asked is not where the app is (reference-error-codes.md). */
const TENANT_DOUBTED = /AADSTS700016|AADSTS90002/

const missing = (answers: Answers, key: LogAnswerKey): boolean => {
  const value = answers[key].trim()
  return value === '' || isPlaceholder(value)
}

/** The line number (1-based) of each offset, by counting the line breaks before it once. */
function lineOf(text: string): (offset: number) => number {
  const breaks: number[] = []
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i)
  return (offset) => {
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1
      else hi = mid
    }
    return lo + 1
  }
}

/** The line of a match and the reply printed after it (a token request's error follows on the next line). */
const REPLY_CHARS = 2000
function around(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset) + 1, offset + REPLY_CHARS)
}

/** At most this many values per answer: a log naming more tenants than this does not answer the question. */
const MAX_PER_KEY = 3

/**
 * The values the text gives for the answers still empty (or a placeholder), first seen first, each value
 * once. Empty when the answers have both, or the text names neither.
 */
export function answersFromLog(text: string, answers: Answers): LogAnswer[] {
  const found: LogAnswer[] = []
  const at = lineOf(text)
  for (const p of PATTERNS) {
    if (!missing(answers, p.key)) continue
    for (const m of text.matchAll(p.re)) {
      const value = (m[1] ?? '').toLowerCase()
      if (found.some((f) => f.key === p.key && f.value === value)) continue
      if (found.filter((f) => f.key === p.key).length >= MAX_PER_KEY) break
      if (p.key === 'tenant' && TENANT_DOUBTED.test(around(text, m.index))) continue
      found.push({ key: p.key, value, why: p.why, line: at(m.index) })
    }
  }
  return found.sort((a, b) => (a.key === b.key ? a.line - b.line : a.key === 'tenant' ? -1 : 1))
}
