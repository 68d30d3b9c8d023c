import { quote } from './quote.ts'
import { MAX_ANSWER_CHARS, type AnswerContext, type FieldValidator } from './rule.ts'
import { validateObjectName } from './fields.ts'

/**
 * `ing`: the Key Vault certificates that only an Ingress uses, each with the host name it serves:
 * `NAME:HOST~NAME:HOST` (the host may be left out). `~` and `:` stay readable in a link, and neither can be
 * part of an object name or a host name. The AKS application routing add-on makes and rotates each one's TLS
 * Secret (learn.microsoft.com/azure/aks/app-routing-dns-ssl), so the pod mounts nothing for it.
 */
export interface IngressEntry {
  /** The certificate's name in Key Vault: an object of type cert in `o`. */
  name: string
  /** The host name the Ingress serves it for; empty when not given. */
  host: string
}

/** One Ingress per certificate (the add-on's annotation names one URI): the outputs table has this many rows. */
export const MAX_INGRESS_CERTIFICATES = 5

export const parseIngressEntries = (value: string): IngressEntry[] =>
  value
    .split('~')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const [name = '', ...host] = part.split(':')
      return { name: name.trim(), host: host.join(':').trim() }
    })

export const writeIngressEntries = (entries: readonly IngressEntry[]): string =>
  entries.map((e) => (e.host === '' ? e.name : `${e.name}:${e.host}`)).join('~')

// An Ingress rule's `host`: a lowercase RFC 1123 subdomain, `*.` allowed as its first label (Kubernetes IngressRule).
const HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/**
 * The certificate must be a cert object of `o`, in the app's vault (`kv`): the setup script and apply.sh
 * attach that vault to the application routing add-on (`--attach-kv`), and no other yet.
 */
function contextProblem(name: string, context: AnswerContext): string | undefined {
  const cert = context.objects.find((o) => o.name.trim() === name && o.type === 'cert')
  if (!cert) return `${quote(name)} must be one of the objects below, of type cert`
  const vault = cert.vault?.trim() ?? ''
  if (vault !== '' && vault.toLowerCase() !== (context.kv ?? '').trim().toLowerCase()) {
    return `${quote(name)} is in vault ${quote(vault)}: the add-on is given the app's own vault only, so keep it there or mount it`
  }
  return undefined
}

/** Without a context only the value is checked; with one, each name must be a cert object of `o`. */
export const validateIngressObjects: FieldValidator = (value, context) => {
  const entries = parseIngressEntries(value)
  if (value.length > MAX_ANSWER_CHARS || entries.length > MAX_INGRESS_CERTIFICATES) {
    return `Certificates for an Ingress only: at most ${MAX_INGRESS_CERTIFICATES}, one Ingress each`
  }
  const seen = new Set<string>()
  for (const { name, host } of entries) {
    // Kubernetes names are lowercase: the Ingresses of "Tls" and "tls" would be one object.
    const key = name.toLowerCase()
    const problem =
      validateObjectName(name) ??
      (seen.has(key) ? `${quote(name)} is named twice` : undefined) ??
      (host !== '' && (host.length > 253 || !HOST.test(host))
        ? `host ${quote(host)} must be a lowercase DNS name such as shop.contoso.com, or be left out`
        : undefined) ??
      (context ? contextProblem(name, context) : undefined)
    if (problem !== undefined) return `Certificates for an Ingress only: ${problem}`
    seen.add(key)
  }
  return undefined
}
