import type { Resolved } from '../../answers/resolve.ts'
import type { IEnvVar } from '../../k8s/types.ts'
import type { VaultPlan } from '../../plan/vaults.ts'
import { vaultUrl } from '../cloud.ts'

/**
 * The env var the Deployment sets to a vault's URL: `KEY_VAULT_URL` for the first vault, which option 1's
 * sample reads, as before objects had a vault; `KEY_VAULT_URL_<VAULT>` for each other one (its name
 * upper-cased, anything but a letter or digit as "_": a POSIX name, and safe in the sample's comment).
 */
export const vaultUrlVariable = (vault: VaultPlan, vaults: readonly VaultPlan[]): string =>
  vaults.indexOf(vault) > 0
    ? `KEY_VAULT_URL_${vault.key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
    : 'KEY_VAULT_URL'

export const vaultUrlEnv = (r: Resolved, vaults: readonly VaultPlan[]): IEnvVar[] =>
  vaults.length === 0
    ? [{ name: 'KEY_VAULT_URL', value: vaultUrl(r.kv, r.cloud) }]
    : vaults.map((v) => ({ name: vaultUrlVariable(v, vaults), value: vaultUrl(v.name, r.cloud) }))
