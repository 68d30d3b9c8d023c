import {
  checkProviderRules,
  podRules,
  type CheckResult,
  type Fields,
  type Manifest,
} from './shared/bridge.ts'
import type { ImportedDoc, Location } from './shared/types.ts'

/**
 * A known mistake in an imported SecretProviderClass or in how a workload uses it, with the fix: a check's
 * result (`subject`: `SecretProviderClass shop/azure-sync`) placed at its document.
 */
export interface LintFinding extends CheckResult {
  at: Location
}

const finding = (doc: ImportedDoc, r: CheckResult): LintFinding => ({ at: doc.at, ...r })

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
  const onPod = podRules(all)
  const onPods = docs
    .filter((d) => d.role === 'workload')
    .flatMap((w) => onPod(w.object).map((r) => finding(w, r)))
  return [...onSpcs, ...onPods]
}
