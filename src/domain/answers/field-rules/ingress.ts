import { quote } from './quote.ts'
import { MAX_ANSWER_CHARS, type AnswerContext, type FieldValidator } from './rule.ts'
import { validateObjectName } from './fields.ts'

/**
 * `ing`: the Key Vault certificates that only an Ingress uses, each with the host name it serves:
 * `NAME:HOST~NAME:HOST` (the host may be left out: `NAME`). `~` and `:` stay readable in a link, and neither
 * can be part of an object name or a host name. The AKS application routing add-on makes and rotates each
 * one's TLS Secret (learn.microsoft.com/azure/aks/app-routing-dns-ssl), so the pod mounts nothing for it.
 */
export interface IngressEntry {
  /** The certificate's name in Key Vault: an object of type cert in `o`. */
  name: string
  /** The host name the Ingress serves it for; empty when not given. */
  host: string
}

/**
 * One Ingress per certificate (the add-on's annotation names one certificate URI), one file each: the
 * outputs table holds this many Ingress rows.
 */
export const MAX_INGRESS_CERTIFICATES = 5

export function parseIngressEntries(value: string): IngressEntry[] {
  return value
    .split('~')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const colon = part.indexOf(':')
      return colon < 0
        ? { name: part, host: '' }
        : { name: part.slice(0, colon).trim(), host: part.slice(colon + 1).trim() }
    })
}

export const writeIngressEntries = (entries: readonly IngressEntry[]): string =>
  entries.map((e) => (e.host === '' ? e.name : `${e.name}:${e.host}`)).join('~')

// A DNS name as an Ingress rule's `host` takes it (Kubernetes IngressRule: a lowercase RFC 1123 subdomain,
// optionally a `*.` wildcard as its first label).
const HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

const LABEL = 'Certificates for an Ingress only'

function entryProblem(e: IngressEntry, seen: Set<string>): string | undefined {
  if (e.name === '') return `${LABEL}: ${quote(`:${e.host}`)} names no certificate before the ":"`
  const name = validateObjectName(e.name)
  if (name !== undefined) return `${LABEL}: ${name}`
  // Kubernetes names are lowercase: the Ingress of "Tls" and of "tls" would be the same object.
  if (seen.has(e.name.toLowerCase())) return `${LABEL}: certificate ${quote(e.name)} is named twice`
  seen.add(e.name.toLowerCase())
  if (e.host !== '' && (e.host.length > 253 || !HOST.test(e.host))) {
    return (
      `${LABEL}: host ${quote(e.host)} of certificate ${quote(e.name)} must be a lowercase DNS name such as ` +
      'shop.contoso.com (a leading *. is allowed), or be left out'
    )
  }
  return undefined
}

/** Each name must be a certificate (type cert) among the Key Vault objects. */
function objectProblem(e: IngressEntry, context: AnswerContext): string | undefined {
  const named = context.objects.filter((o) => o.name.trim() === e.name)
  if (named.length === 0) {
    return `${LABEL}: ${quote(e.name)} is none of the Key Vault objects below; add it as a cert object, or remove it here`
  }
  if (named.some((o) => o.type !== 'cert')) {
    return `${LABEL}: ${quote(e.name)} must be an object of type cert to be served by an Ingress; change its type, or remove it here`
  }
  return undefined
}

export const validateIngressObjects: FieldValidator = (value, context) => {
  if (value.length > MAX_ANSWER_CHARS) {
    return `${LABEL} must be at most ${MAX_ANSWER_CHARS} characters long (it has ${value.length})`
  }
  const entries = parseIngressEntries(value)
  if (entries.length > MAX_INGRESS_CERTIFICATES) {
    return `${LABEL}: at most ${MAX_INGRESS_CERTIFICATES} certificates (one Ingress each); ${entries.length} are named`
  }
  const seen = new Set<string>()
  for (const e of entries) {
    const problem = entryProblem(e, seen) ?? (context ? objectProblem(e, context) : undefined)
    if (problem !== undefined) return problem
  }
  return undefined
}
