import { parseIngressEntries, writeIngressEntries, type IngressEntry } from './field-rules/ingress.ts'
import type { Answers, KvObject } from './model.ts'

/**
 * The `ing` answer as the objects editor changes it: a cert row's "For an Ingress only" and its host. The
 * answer follows the objects it names: a renamed certificate keeps its entry, and one that is removed or
 * no longer a certificate loses it, so the link never names an object that is not there.
 */

/** The entry of this object, or undefined when it is not for an Ingress only. */
export const ingressEntryOf = (ing: string, o: KvObject): IngressEntry | undefined =>
  o.type === 'cert' ? parseIngressEntries(ing).find((e) => e.name === o.name.trim()) : undefined

/** Marks an object "for an Ingress only" (with its host) or not. */
export function setIngressOnly(ing: string, name: string, entry: { host: string } | undefined): string {
  const entries = parseIngressEntries(ing)
  const at = entries.findIndex((e) => e.name === name.trim())
  if (entry === undefined) return writeIngressEntries(entries.filter((_, i) => i !== at))
  const next = { name: name.trim(), host: entry.host.trim() }
  return writeIngressEntries(at < 0 ? [...entries, next] : entries.map((e, i) => (i === at ? next : e)))
}

/** `ing` after object `index` of `before` changed to `after` (undefined: removed). */
export function ingressAfterObjectChange(a: Answers, index: number, after: KvObject | undefined): string {
  const before = a.objects[index]
  if (before === undefined) return a.ing
  const entry = ingressEntryOf(a.ing, before)
  if (entry === undefined) return a.ing
  // Another object of the same name keeps the entry as it is.
  const twin = a.objects.some((o, i) => i !== index && o.type === 'cert' && o.name.trim() === entry.name)
  if (twin) return a.ing
  if (after === undefined || after.type !== 'cert' || after.name.trim() === '') {
    return setIngressOnly(a.ing, entry.name, undefined)
  }
  // Renamed: the entry keeps its place and host.
  const renamed = parseIngressEntries(a.ing).map((e) =>
    e.name === entry.name ? { ...e, name: after.name.trim() } : e,
  )
  return writeIngressEntries(renamed)
}
