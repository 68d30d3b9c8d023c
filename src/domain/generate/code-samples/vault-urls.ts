import type { Resolved } from '../../answers/resolve.ts'
import type { IEnvVar } from '../../k8s/types.ts'
import type { VaultPlan } from '../../plan/vaults.ts'
import { vaultUrl } from '../cloud.ts'

/**
 * The env var the Deployment sets to a vault's URL and option 1's sample reads it from: `KEY_VAULT_URL` for
 * an app of one vault, as before objects had a vault; with several, one per vault, `KEY_VAULT_URL_<VAULT>`
 * (its name upper-cased, "-" as "_": a POSIX name, as a vault name holds only letters, digits and "-").
 */
export const vaultUrlVariable = (vault: VaultPlan, vaults: readonly VaultPlan[]): string =>
  vaults.length > 1 ? `KEY_VAULT_URL_${vault.key.toUpperCase().replace(/-/g, '_')}` : 'KEY_VAULT_URL'

export const vaultUrlEnv = (r: Resolved, vaults: readonly VaultPlan[]): IEnvVar[] =>
  vaults.map((v) => ({ name: vaultUrlVariable(v, vaults), value: vaultUrl(v.name, r.cloud) }))
