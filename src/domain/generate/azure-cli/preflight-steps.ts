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

/** The vault's tenant decides every token request, so a wrong one stops the script before any change. */
export const tenantStep = (): Step => ({
  title: "Check the vault's tenant",
  why: [
    'tenantID in the manifests must be the tenant of the vault, or every token request fails and the pod',
    'never starts. The script stops here, before it changes anything, when the two differ.',
  ],
  commands: [
    'VAULT_TENANT_ID="$(az keyvault show -n "$KV" --query properties.tenantId -o tsv)"',
    'if [ "$VAULT_TENANT_ID" != "$TENANT_ID" ]; then',
    '  echo "The manifests use tenant $TENANT_ID, but vault $KV is in tenant $VAULT_TENANT_ID." >&2',
    '  echo "Enter $VAULT_TENANT_ID as the tenant in the wizard, download the files again and rerun." >&2',
    '  exit 1',
    'fi',
  ],
})
