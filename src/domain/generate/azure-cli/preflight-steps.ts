import type { Cloud } from '../../answers/model.ts'
import type { OutputFile } from '../types.ts'
import { shQuote } from '../shell.ts'
import type { Step } from './step.ts'

/** Stops before anything changes when a manifest the last step applies is not next to the script. */
export const filesStep = (manifestFiles: readonly OutputFile[]): Step => ({
  title: 'Check that the manifests are next to this script',
  why: [
    'The last step applies these files from the folder of this script, whatever the working directory.',
    'Checking first means a missing file stops the script before it changes anything in Azure.',
  ],
  commands: [
    `for file in ${manifestFiles.map((f) => shQuote(f.name)).join(' ')}; do`,
    '  if [ ! -f "$HERE/$file" ]; then',
    '    echo "$HERE/$file is missing: keep all the files from the wizard together in one folder." >&2',
    '    exit 1',
    '  fi',
    'done',
  ],
})

/** The `az` name of each cloud differs from the provider's `cloudName`. */
const AZ_CLOUD_NAME: Record<Cloud, string> = {
  AzurePublicCloud: 'AzureCloud',
  AzureUSGovernmentCloud: 'AzureUSGovernment',
  AzureChinaCloud: 'AzureChinaCloud',
}

/**
 * The cloud az talks to is checked, never set: `az cloud set` changes the user's own az configuration for
 * every later command and signs them out (Azure/azure-cli command_modules/cloud/custom.py `set_cloud` calls
 * `switch_active_cloud`). `az cloud show` without --name shows the active cloud (`show_cloud`).
 */
export const cloudStep = (cloud: Cloud): Step => ({
  title: 'Check that az talks to the right Azure cloud',
  why: [
    'The cluster and the vault live in one Azure cloud, and az must talk to that one. The script does not',
    'switch clouds itself, since that would change your az configuration after it ends: it stops instead.',
  ],
  commands: [
    `AZ_CLOUD=${AZ_CLOUD_NAME[cloud]}`,
    'if [ "$(az cloud show --query name -o tsv)" != "$AZ_CLOUD" ]; then',
    '  echo "az is set to another cloud than $AZ_CLOUD, where the cluster and the vault are." >&2',
    '  echo "Run az cloud set --name $AZ_CLOUD and az login, then rerun (az cloud set applies to every az command after)." >&2',
    '  exit 1',
    'fi',
  ],
})

/**
 * The vault may live in another subscription than the cluster (a vault shared by several teams). `az keyvault
 * show -n` looks only in the signed-in subscription, so when it finds nothing each subscription az can see is
 * searched by name (vault names are unique in a cloud: they are DNS names). Every later vault command names
 * the subscription found (`--subscription`, az's global argument).
 */
export const vaultStep = (vaultCount = 1, keep: VaultFacts = { id: true, subscription: true }): Step =>
  vaultCount > 1 ? severalVaultsStep(vaultCount, keep) : oneVaultStep

/** What a later step reads of each vault found: its ID (the grants), its subscription (every az call). */
export interface VaultFacts {
  id: boolean
  subscription: boolean
}

/**
 * An app that reads several vaults: each is found and its tenant checked in turn, before any change, and
 * its ID and subscription kept for the grants (`KV_ID_<n>`, `KV_SUBSCRIPTION_<n>`, plain variables so the
 * script needs no associative array). Each vault may be in a subscription of its own.
 */
const severalVaultsStep = (count: number, keep: VaultFacts): Step => ({
  title: 'Find each vault and check its tenant',
  why: [
    ...oneVaultStep.why,
    'The app reads several vaults: each one is found and checked in turn, and any one can stop the script.',
  ],
  commands: Array.from({ length: count }, (_, i) => i + 1).flatMap((n) => [
    `KV="$KV_${n}"`,
    ...oneVaultStep.commands,
    // apply.sh's IaC finds the vault by name itself; a script that stops after its checks grants nothing.
    ...(keep.id ? [`KV_ID_${n}="$KV_ID"`] : []),
    ...(keep.subscription ? [`KV_SUBSCRIPTION_${n}="$KV_SUBSCRIPTION"`] : []),
  ]),
})

const oneVaultStep: Step = {
  title: 'Find the vault and check its tenant',
  why: [
    'The vault can be in another subscription than the cluster: the signed-in one is tried first, then each',
    'subscription az can see (az account list). tenantID in the manifests must be the tenant of the vault, or',
    'every token request fails and the pod never starts. The script stops here, before it changes anything,',
    'when the vault is not found or the two tenants differ.',
  ],
  commands: [
    'KV_SUBSCRIPTION="$(az account show --query id -o tsv)"',
    'if ! KV_ID="$(az keyvault show -n "$KV" --subscription "$KV_SUBSCRIPTION" --query id -o tsv 2>/dev/null)"; then',
    "  KV_ID=''",
    "  for SUBSCRIPTION in $(az account list --query '[].id' -o tsv); do",
    '    KV_ID="$(az keyvault list --subscription "$SUBSCRIPTION" --query "[?name==\'$KV\'] | [0].id" -o tsv)"',
    '    if [ -n "$KV_ID" ]; then',
    '      KV_SUBSCRIPTION="$SUBSCRIPTION"',
    '      break',
    '    fi',
    '  done',
    'fi',
    'if [ -z "$KV_ID" ]; then',
    '  echo "No vault named $KV in any subscription az can see (az account list): check the name, or sign in" >&2',
    '  echo "with an account that can read it." >&2',
    '  exit 1',
    'fi',
    'VAULT_TENANT_ID="$(az keyvault show -n "$KV" --subscription "$KV_SUBSCRIPTION" --query properties.tenantId -o tsv)"',
    'if [ "$VAULT_TENANT_ID" != "$TENANT_ID" ]; then',
    '  echo "The manifests use tenant $TENANT_ID, but vault $KV is in tenant $VAULT_TENANT_ID." >&2',
    '  echo "Enter $VAULT_TENANT_ID as the tenant in the wizard, download the files again and rerun." >&2',
    '  exit 1',
    'fi',
  ],
}
