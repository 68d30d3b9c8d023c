import { checkProviderRules, podProblems, type Fields, type Manifest } from './bridge.ts'
import type { ImportedDoc, Location } from './types.ts'

/** A known mistake in an imported SecretProviderClass or in how a workload uses it, with the fix. */
export interface LintFinding {
  at: Location
  /** `SecretProviderClass default/azure-sync` */
  subject: string
  message: string
}

/** Splits the checks' `Kind ns/name: message` into subject and message. */
function finding(doc: ImportedDoc, text: string): LintFinding {
  const colon = text.indexOf(': ')
  return colon < 0
    ? { at: doc.at, subject: `${doc.kind} ${doc.name}`, message: text }
    : { at: doc.at, subject: text.slice(0, colon), message: text.slice(colon + 2) }
}

/**
 * The rules of `check/` (what the CRD lets through but the provider or the driver refuse: parameter and
 * field case, objectType, tenant, secretObjects, unquoted booleans, namespaces, a synced Secret read by a
 * pod that does not mount it) on the SecretProviderClasses and workloads as imported. Each finding is placed
 * at its document's line.
 */
export function lintInputs(docs: readonly ImportedDoc[], extra: readonly Manifest[] = []): LintFinding[] {
  const spcs = docs.filter((d) => d.role === 'spc')
  const all: Fields[] = [...spcs.map((d) => d.object), ...extra.map((m) => m as unknown as Fields)]
  const onSpcs = spcs.flatMap((spc) =>
    checkProviderRules([spc.object as unknown as Manifest]).map((t) => finding(spc, t)),
  )
  const onPods = docs
    .filter((d) => d.role === 'workload')
    .flatMap((w) => podProblems([...all, w.object]).map((t) => finding(w, t)))
  return [...onSpcs, ...onPods]
}
