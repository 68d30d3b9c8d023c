import { PLACEHOLDER } from '../../answers/placeholder.ts'
import type { OutputFile } from '../types.ts'
import { APPLY_SCRIPT, IAC_FORMAT_NAME, type IacFormat } from './names.ts'

/**
 * The README's IaC parts, read from the files: the step that runs apply.sh, and a section on what was
 * checked and how the client ID reaches the manifests (or why the IaC is not generated).
 */

export function iacFormatOf(files: readonly OutputFile[]): IacFormat | undefined {
  const iac = files.filter((f) => f.kind === 'iac')
  if (iac.some((f) => f.name.endsWith('.tf'))) return 'terraform'
  if (iac.some((f) => f.name.endsWith('.bicep'))) return 'bicep'
  return undefined
}

/** What the tests of akv-wizard checked, and the user's own commands to check more. */
const CHECKED: Record<IacFormat, string[]> = {
  terraform: [
    'Checked offline by akv-wizard against the azurerm 5.2.0 schema: every `.tf` file parses, is laid out as',
    '`terraform fmt` writes it, and has no unknown argument, no missing required one, no computed-only one',
    'set, the right block nesting and item counts; plus the rules the schema dump lacks (exactly one of',
    '`role_definition_id` / `role_definition_name`, `principal_type`, capitalised access-policy permissions).',
    'Not run here: `terraform validate` needs the provider plugin. Run it yourself:',
    '`terraform -chdir=azure init -backend=false && terraform -chdir=azure validate`.',
  ],
  bicep: [
    'Checked offline by akv-wizard against the ARM API versions named in the files (Microsoft.ManagedIdentity',
    '2024-11-30, Microsoft.Authorization 2022-04-01, Microsoft.KeyVault 2026-02-01, Microsoft.ContainerService',
    '2026-05-01), with the type data the Bicep compiler uses: every resource body has known property names,',
    'no read-only property set, the right types and every required property. Not compiled here (no Bicep',
    'compiler runs offline). Run it yourself: `az bicep build --file azure/main.bicep` (it warns BCP081 for',
    'a certificate: see the comment there).',
  ],
}

const HAND_OFF: Record<IacFormat, string[]> = {
  terraform: [
    `The client ID of the identity is known only after apply. \`${APPLY_SCRIPT}\` reads it with`,
    '`terraform -chdir=azure output -raw client_id` and applies copies of the manifests with it in place of',
    `\`${PLACEHOLDER.client}\` (the ServiceAccount annotation, the SecretProviderClass \`clientID\`). By hand:`,
    '`CLIENT_ID="$(terraform -chdir=azure output -raw client_id)"`, then',
    `\`sed "s|${PLACEHOLDER.client}|$CLIENT_ID|g" <manifest> | kubectl apply -f -\` for each manifest.`,
  ],
  bicep: [
    `The client ID of the identity is known only after the deployment. \`${APPLY_SCRIPT}\` reads it from the`,
    'deployment outputs and applies copies of the manifests with it in place of',
    `\`${PLACEHOLDER.client}\` (the ServiceAccount annotation, the SecretProviderClass \`clientID\`). By hand:`,
    '`az deployment group show -g <resource group> -n akv-wizard-<app> --query properties.outputs.clientId.value -o tsv`,',
    `then \`sed "s|${PLACEHOLDER.client}|<that id>|g" <manifest> | kubectl apply -f -\` for each manifest.`,
  ],
}

const RUN: Record<IacFormat, string> = {
  terraform:
    'runs `terraform -chdir=azure init` and `terraform -chdir=azure apply` (it shows the plan and asks ' +
    'before changing anything)',
  bicep:
    "runs `az deployment group what-if`, then `az deployment group create` of `azure/main.bicep` in the identity's resource group",
}

/** The README step for a folder with apply.sh. */
function iacRunStep(format: IacFormat, manifests: readonly OutputFile[]): string {
  return (
    `Read the files in \`azure/\`, then run \`bash ${APPLY_SCRIPT}\` from any directory (az signed in with ` +
    `\`az login\`, kubectl${format === 'terraform' ? ', terraform 1.5 or later' : ''}). It checks the files and ` +
    "the vault's tenant first, looks up the subscription and the vault's resource group and permission model, " +
    `${RUN[format]}, then applies, in this order, with the client ID from the ${IAC_FORMAT_NAME[format]} ` +
    'outputs filled in: ' +
    manifests.map((f) => `\`${f.name}\``).join(', ') +
    '.'
  )
}

/** The README section on the Azure side as code, or on why it is not generated. */
function iacSection(files: readonly OutputFile[]): string[] {
  const note = files.find((f) => f.kind === 'iac' && f.language === 'markdown')
  if (note) {
    return ['## Azure side as code', '', note.content.replace(/^# .*\n\n/, '').trim(), '']
  }
  const format = iacFormatOf(files)
  if (format === undefined) return []
  const main = format === 'terraform' ? 'azure/main.tf' : 'azure/main.bicep'
  // The manifests name the placeholder only when the IaC makes (or reads) the identity they name.
  const handOff = files.some((f) => f.kind === 'manifest' && f.content.includes(PLACEHOLDER.client))
  return [
    '## Azure side as code',
    '',
    ...CHECKED[format],
    '',
    ...(handOff
      ? HAND_OFF[format]
      : [
          'The manifests name the existing identity by its client ID already; the IaC only grants it access.',
        ]),
    '',
    `The cluster is read, never created: the settings the files need (add-on, rotation, OIDC issuer, workload`,
    `identity) are a commented block at the end of \`${main}\`. Merge it into your own cluster definition.`,
    '',
    format === 'terraform'
      ? 'An access-policy vault: Terraform owns one `azurerm_key_vault_access_policy` per vault and principal. ' +
        'When the identity already has a policy on the vault, import it first (the command is in `azure/main.tf`), ' +
        'or the apply conflicts.'
      : 'An access-policy vault: the `accessPolicies` child named `add` merges `get` into any policy the identity has.',
    '',
    'Azure Verified Modules exist for the identity and its credential (`br/public:avm/res/managed-identity/' +
      'user-assigned-identity`, Terraform `Azure/avm-res-managedidentity-userassignedidentity/azurerm`); these ' +
      'files do not depend on them.',
    '',
  ]
}

/** Both README parts for these IaC files, beside the manifest files they hand the client ID to. */
export function iacReadme(
  iacFiles: readonly OutputFile[],
  manifests: readonly OutputFile[],
): { runStep?: string; section: string[] } {
  const all = [...manifests, ...iacFiles]
  const format = iacFormatOf(all)
  const runs = iacFiles.some((f) => f.name === APPLY_SCRIPT)
  return {
    runStep: format !== undefined && runs ? iacRunStep(format, manifests) : undefined,
    section: iacSection(all),
  }
}
