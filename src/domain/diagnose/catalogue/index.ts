import { DRIVER_ENTRIES } from './driver.ts'
import type { Entry } from './entry.ts'
import { ENTRA_ENTRIES } from './entra.ts'
import { FILE_ENTRIES } from './files.ts'
import { IMDS_ENTRIES } from './imds.ts'
import { KEY_VAULT_ENTRIES } from './keyvault.ts'
import { SPC_ENTRIES } from './spc.ts'
import { SYNC_ENTRIES } from './sync.ts'

export type { Entry, MatchContext } from './entry.ts'

/** Every failure the diagnosis recognises, one row each (see each file for the upstream texts). */
export const CATALOGUE: readonly Entry[] = [
  ...DRIVER_ENTRIES,
  ...SPC_ENTRIES,
  ...ENTRA_ENTRIES,
  ...IMDS_ENTRIES,
  ...KEY_VAULT_ENTRIES,
  ...SYNC_ENTRIES,
  ...FILE_ENTRIES,
]
