import { DRIVER_ENTRIES } from './driver.ts'
import type { Entry } from './entry.ts'
import { ENTRA_ENTRIES } from './entra.ts'
import { KEY_VAULT_ENTRIES } from './keyvault.ts'
import { SYNC_ENTRIES } from './sync.ts'

export type { Entry, MatchContext } from './entry.ts'

/** Every failure the diagnosis recognises, one row each (see each file for the upstream texts). */
export const CATALOGUE: readonly Entry[] = [
  ...DRIVER_ENTRIES,
  ...ENTRA_ENTRIES,
  ...KEY_VAULT_ENTRIES,
  ...SYNC_ENTRIES,
]
