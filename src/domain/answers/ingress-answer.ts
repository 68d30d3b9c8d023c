import { parseIngressEntries, writeIngressEntries, type IngressEntry } from './field-rules/ingress.ts'
import type { Answers, KvObject } from './model.ts'

/**
 * The `ing` answer as the objects editor changes it (a cert row's "For an Ingress only" and its host). It
 * follows the objects it names: a renamed certificate keeps its entry, one removed or no longer a cert loses it.
 */

/** The entry of this object, or undefined when it is not for an Ingress only. */
export const ingressEntryOf = (ing: string, o: KvObject): IngressEntry | undefined =>
  o.type === 'cert' ? parseIngressEntries(ing).find((e) => e.name === o.name.trim()) : undefined

/** `ing` with the entry of `name` replaced (or added), or removed when `entry` is undefined. */
export function setIngressOnly(ing: string, name: string, entry: IngressEntry | undefined): string {
  const entries = parseIngressEntries(ing)
  const at = entries.findIndex((e) => e.name === name.trim())
  const next = entry === undefined ? [] : [{ name: entry.name.trim(), host: entry.host.trim() }]
  return writeIngressEntries(
    at < 0 ? [...entries, ...next] : [...entries.slice(0, at), ...next, ...entries.slice(at + 1)],
  )
}

/** `ing` after object `index` changed to `after` (undefined: removed). */
export function ingressAfterObjectChange(a: Answers, index: number, after: KvObject | undefined): string {
  const before = a.objects[index]
  const entry = before && ingressEntryOf(a.ing, before)
  if (entry === undefined) return a.ing
  const kept = after?.type === 'cert' && after.name.trim() !== ''
  return setIngressOnly(a.ing, entry.name, kept ? { ...entry, name: after.name } : undefined)
}
