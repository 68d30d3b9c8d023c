/**
 * What the akv2k8s conversion works out, before anything is written: its own file, so that the clean-up steps
 * and the patching read it without importing the conversion that makes it.
 */
import type { ReportRow } from '../shared/report.ts'
import type { ImportedDoc } from '../shared/types.ts'
import type { Group } from './groups.ts'

/** What changes in one container: env values rewritten, and the SecretProviderClasses it must mount. */
export interface ContainerPlan {
  /** Env var → a secretKeyRef, or a file the start-up wrapper reads into it. */
  env: Map<string, { secretName: string; key: string } | { group: string; file: string }>
  groups: Set<string>
}

export interface Conversion {
  groups: Map<string, Group>
  rows: ReportRow[]
  plans: Map<ImportedDoc, Map<string, ContainerPlan>>
  /** The first akvs of each group: where its SecretProviderClass takes the akvs's place in the output. */
  firstAkvs: Map<string, ImportedDoc>
  /** Env values left as `<akvs>@azurekeyvault` (not convertible): akv2k8s must keep serving them. */
  leftInjected: { namespace: string; akvs: string }[]
  cleanup: string[]
}
