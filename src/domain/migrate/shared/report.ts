import type { Manifest } from './bridge.ts'
import type { Location } from './types.ts'

export type RowStatus = 'converted' | 'caveat' | 'not-convertible' | 'info'

/** One row of the migration report: one imported construct, what became of it, and what to do. */
export interface ReportRow {
  at?: Location
  /** The construct, e.g. `AzureKeyVaultSecret akv-test/secret-sync` or `env TEST_SECRET of Deployment ...`. */
  construct: string
  status: RowStatus
  /** What it became (or why it could not). */
  result: string
  /** What the user should do; empty when nothing. */
  todo: string
  /**
   * External Secrets Operator manifests for what the CSI driver cannot do (a Secret that outlives pods): the
   * ExternalSecret, then the SecretStore it reads.
   */
  alternative?: Manifest[]
}

export const STATUS_LABEL: Record<RowStatus, string> = {
  converted: 'converted',
  caveat: 'converted, with a caveat',
  'not-convertible': 'not convertible',
  info: 'note',
}
