import { CREDENTIAL_ENTRIES } from './credentials.ts'
import { DRIVER_ENTRIES } from './driver.ts'
import type { Entry } from './entry.ts'
import { ENTRA_ENTRIES } from './entra.ts'
import { FILE_ENTRIES } from './files.ts'
import { IMDS_ENTRIES } from './imds.ts'
import { KEY_VAULT_ENTRIES } from './keyvault.ts'
import { NETWORK_ENTRIES } from './network.ts'
import { SPC_ENTRIES } from './spc.ts'
import { SYNC_ENTRIES } from './sync.ts'
import { VAULT_STATE_ENTRIES } from './vault-state.ts'

export type { Entry, MatchContext } from './entry.ts'

/** Every failure the diagnosis recognises, one row each (see each file for the upstream texts). */
export const CATALOGUE: readonly Entry[] = [
  ...DRIVER_ENTRIES,
  ...NETWORK_ENTRIES,
  ...SPC_ENTRIES,
  ...ENTRA_ENTRIES,
  ...CREDENTIAL_ENTRIES,
  ...IMDS_ENTRIES,
  ...KEY_VAULT_ENTRIES,
  ...VAULT_STATE_ENTRIES,
  ...SYNC_ENTRIES,
  ...FILE_ENTRIES,
]
