import type { Resolved } from '../../answers/resolve.ts'

/**
 * Names the script gives what it creates in Azure. Each holds what makes it this app's (namespace, app,
 * cluster), so two apps, namespaces or clusters never share one by accident; a look-up checks before reuse.
 */

/** The tag an identity the script creates carries: `<namespace>/<app>`, checked before the identity is reused. */
export const OWNER_TAG = 'akv-wizard-app'
export const ownerTagValue = (r: Resolved): string => `${r.ns}/${r.app}`

// Managed identity names: 3-128 of [A-Za-z0-9-_], starting with a letter or digit; the federated credential
// commands accept `--identity-name` of at most 120 and credential names of at most 120, same characters
// (Azure/azure-cli command_modules/identity/aaz/latest/identity/federated_credential/_create.py, _update.py:
// pattern ^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$).
const MAX_NAME = 120

/** FNV-1a, 32 bits, as 8 hex digits: a short stable suffix that keeps a shortened name unique. */
function hash8(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** `parts` joined by `sep` when that fits the Azure name rule, else a shortened form with a hash of all parts. */
function azureName(parts: readonly string[], sep: string): string {
  const joined = parts.join(sep)
  if (joined.length <= MAX_NAME && /^[A-Za-z0-9][A-Za-z0-9_-]{2,}$/.test(joined)) return joined
  const safe = joined.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, MAX_NAME - 9)
  return `${safe}-${hash8(parts.join('\n'))}`
}

/** A new identity for the app: `id-<app>-<namespace>`. */
export const newIdentityName = (r: Resolved): string => azureName(['id', r.app, r.ns], '-')

/**
 * One federated credential per (cluster, namespace, service account): `<cluster>_<namespace>_<sa>`. Neither a
 * namespace nor a service account may hold `_`, so the name cannot stand for two different triples; another
 * namespace or cluster gets its own credential instead of overwriting this one (an identity holds up to 20).
 */
export const federatedCredentialName = (r: Resolved): string => azureName([r.cluster, r.ns, r.sa], '_')
