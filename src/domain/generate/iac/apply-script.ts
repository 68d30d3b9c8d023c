import type { Plan } from '../../plan/plan.ts'
import { OPTION_TITLES } from '../../recommend/types.ts'
import { applyStep } from '../azure-cli/apply-step.ts'
import { kubectlStep } from '../azure-cli/cluster-steps.ts'
import { esoStep, helmCheckStep, reloaderStep } from '../azure-cli/helm-steps.ts'
import { scriptContext } from '../azure-cli/context.ts'
import { appRoutingStep } from '../azure-cli/ingress-steps.ts'
import { cloudStep, filesStep, vaultStep } from '../azure-cli/preflight-steps.ts'
import { renderSteps, type Step } from '../azure-cli/step.ts'
import { shQuote } from '../shell.ts'
import type { OutputFile } from '../types.ts'
import { bicepVaultPrefix, terraformVaultPrefix, type IacModel, type IacPrincipal } from './model.ts'
import type { IacFormat } from './names.ts'

const literal = (name: string, value: string, why: string): string => `${name}=${shQuote(value)}  # ${why}`

/** The principal whose client ID the manifests name (the app's). */
const appPrincipal = (model: IacModel): IacPrincipal | undefined =>
  model.principals.find((p) => p.label === 'app')

/** The IaC creates the app's identity or reads the add-on's: its client ID comes from the IaC outputs. */
const fillsClientId = (model: IacModel): boolean => appPrincipal(model)?.clientIdToManifests === true

/** The identity of an existing principal, found by its client ID as azure-setup.sh finds it. */
const lookupLines = (): string[] => [
  'IDENTITY_NAME="$(az identity list --query "[?clientId==\'$CLIENT_ID\'] | [0].name" -o tsv)"',
  'IDENTITY_RG="$(az identity list --query "[?clientId==\'$CLIENT_ID\'] | [0].resourceGroup" -o tsv)"',
  'if [ -z "$IDENTITY_NAME" ]; then',
  '  echo "No managed identity with client id $CLIENT_ID in this subscription (az account show)." >&2',
  '  exit 1',
  'fi',
]

/**
 * The shell suffix of each vault's variables: none with one vault (`KV`, `KV_RG`), `_1`, `_2`... with several,
 * as azure-setup.sh names them (preflight-steps.ts vaultStep sets `KV_ID_<n>` and `KV_SUBSCRIPTION_<n>`).
 */
const vaultSuffixes = (model: IacModel): string[] =>
  model.vaults.length === 1 ? [''] : model.vaults.map((_, i) => `_${i + 1}`)

/** The vault's resource group (and for Bicep its permission model), per vault. */
const vaultLookupLines = (model: IacModel, format: IacFormat): string[] =>
  vaultSuffixes(model).flatMap((n) => [
    `KV_RG${n}="$(az keyvault show -n "$KV${n}" --subscription "$KV_SUBSCRIPTION${n}" --query resourceGroup -o tsv)"`,
    ...(format === 'bicep'
      ? [
          `KV_USES_RBAC${n}="$(az keyvault show -n "$KV${n}" --subscription "$KV_SUBSCRIPTION${n}" --query properties.enableRbacAuthorization -o tsv)"`,
        ]
      : []),
  ])

/** Each vault's Bicep parameters that apply.sh reads at deploy time. */
const bicepVaultArgs = (model: IacModel): string =>
  model.vaults
    .map((v, i) => {
      const prefix = bicepVaultPrefix(v, model)
      const n = vaultSuffixes(model)[i] ?? ''
      return `${prefix}ResourceGroup="$KV_RG${n}" ${prefix}UsesRbac="$KV_USES_RBAC${n}"`
    })
    .join(' ')

function lookupStep(model: IacModel, format: IacFormat): Step {
  const existing = appPrincipal(model)?.source.kind === 'existing'
  return {
    title: 'Find what the IaC reads but the wizard does not know',
    why: [
      format === 'terraform'
        ? "The subscription the provider works in (az's current one) and the vault's resource group;"
        : "The vault's resource group and its permission model (Bicep cannot choose on it at deploy time);",
      existing
        ? 'and the existing identity, by its client id as the manifests name it.'
        : 'nothing is changed.',
    ],
    commands: [
      ...(format === 'terraform' ? ['SUBSCRIPTION_ID="$(az account show --query id -o tsv)"'] : []),
      ...vaultLookupLines(model, format),
      ...(existing ? lookupLines() : []),
    ],
  }
}

function terraformStep(model: IacModel): Step {
  const existing = appPrincipal(model)?.source.kind === 'existing'
  return {
    title: 'Apply the Terraform in azure/',
    why: [
      'terraform shows its plan and asks before it changes anything. The vault decides at plan time whether',
      'role assignments or an access policy are made. The client id comes from its outputs.',
    ],
    commands: [
      'terraform -chdir="$HERE/azure" init -input=false',
      'terraform -chdir="$HERE/azure" apply -input=false \\',
      '  -var "subscription_id=$SUBSCRIPTION_ID" \\',
      ...(existing
        ? [
            '  -var "app_identity_name=$IDENTITY_NAME" \\',
            '  -var "app_identity_resource_group_name=$IDENTITY_RG" \\',
          ]
        : []),
      ...model.vaults.map(
        (v, i, all) =>
          `  -var "${terraformVaultPrefix(v, model)}_resource_group_name=$KV_RG${vaultSuffixes(model)[i] ?? ''}"` +
          (i < all.length - 1 ? ' \\' : ''),
      ),
      ...(fillsClientId(model)
        ? ['CLIENT_ID="$(terraform -chdir="$HERE/azure" output -raw client_id)"']
        : []),
    ],
  }
}

function bicepStep(model: IacModel): Step {
  const source = appPrincipal(model)?.source.kind
  return {
    title: 'Deploy the Bicep in azure/',
    why: [
      "The deployment goes to the identity's resource group (the cluster's for a new one); the vault's",
      'module goes to the vault\'s. "what-if" shows the changes first. The client id comes from its outputs.',
    ],
    commands: [
      ...(source === 'existing' ? [] : ['IDENTITY_RG="$RG"']),
      'az deployment group what-if -g "$IDENTITY_RG" -f "$HERE/azure/main.bicep" \\',
      `  -p "$HERE/azure/main.bicepparam" -p ${bicepVaultArgs(model)}` +
        (source === 'existing' ? ' appIdentityName="$IDENTITY_NAME"' : ''),
      ...(fillsClientId(model)
        ? [
            'CLIENT_ID="$(az deployment group create -g "$IDENTITY_RG" -n akv-wizard-"$APP" \\',
            '  -f "$HERE/azure/main.bicep" -p "$HERE/azure/main.bicepparam" \\',
            `  -p ${bicepVaultArgs(model)} \\`,
            '  --query properties.outputs.clientId.value -o tsv)"',
          ]
        : [
            'az deployment group create -g "$IDENTITY_RG" -n akv-wizard-"$APP" \\',
            '  -f "$HERE/azure/main.bicep" -p "$HERE/azure/main.bicepparam" \\',
            `  -p ${bicepVaultArgs(model)} appIdentityName="$IDENTITY_NAME" \\`,
            '  -o none',
          ]),
    ],
  }
}

/** The manifests name the add-on identity by the client ID given: the one the IaC read must be it. */
const addonCheckStep = (given: string): Step => ({
  title: 'Check the add-on identity against the manifests',
  why: [
    'The manifests name the client id given in the wizard; the provider signs in as the add-on identity.',
  ],
  commands: [
    `GIVEN_CLIENT_ID=${shQuote(given)}`,
    'if [ "$CLIENT_ID" != "$GIVEN_CLIENT_ID" ]; then',
    '  echo "The manifests use client id $GIVEN_CLIENT_ID, but the add-on identity is $CLIENT_ID." >&2',
    '  echo "Enter $CLIENT_ID in the wizard (or leave it empty), download the files again and rerun." >&2',
    '  exit 1',
    'fi',
  ],
})

/**
 * `apply.sh`: the IaC first, then the manifests with the client ID the IaC put out, as azure-setup.sh does
 * for a new identity. Checks that need nothing created (files, tenant) come first.
 */
export function applyScript(
  plan: Plan,
  model: IacModel,
  format: IacFormat,
  manifestFiles: readonly OutputFile[],
): string {
  const { r } = plan
  const app = appPrincipal(model)
  // The operators the manifests need (External Secrets Operator, Reloader) come from Helm, as in
  // azure-setup.sh: helm is checked before anything changes, the releases after kubectl is connected.
  const ctx = scriptContext(plan)
  const steps = [
    filesStep(manifestFiles),
    ...(ctx.eso || ctx.reloader ? [helmCheckStep()] : []),
    ...(r.cloud === 'AzurePublicCloud' ? [] : [cloudStep(r.cloud)]),
    vaultStep(model.vaults.length, { id: false, subscription: true }),
    lookupStep(model, format),
    format === 'terraform' ? terraformStep(model) : bicepStep(model),
    ...(app?.source.kind === 'addon' && app.source.clientId !== undefined
      ? [addonCheckStep(app.source.clientId)]
      : []),
    kubectlStep(),
    ...(ctx.eso ? [esoStep()] : []),
    ...(ctx.reloader ? [reloaderStep(ctx.reloader)] : []),
    // Certificates for an Ingress only: azurerm's cluster data source exports no web_app_routing identity
    // and the IaC never changes the cluster resource, so the application routing add-on's access is az's.
    ...(ctx.ingress ? [appRoutingStep()] : []),
    // With the client id the IaC put out filled in, as the script does for a new identity; an existing
    // identity's is in the manifests already.
    applyStep({ ...ctx, newIdentity: fillsClientId(model) }, manifestFiles),
  ]
  return [
    '#!/usr/bin/env bash',
    `# Azure side as ${format === 'terraform' ? 'Terraform' : 'Bicep'}, then the manifests, for option ${plan.option}: ${OPTION_TITLES[plan.option]}.`,
    `# Generated by akv-wizard. Needs az (signed in with \`az login\`), kubectl${format === 'terraform' ? ', terraform' : ''} and the`,
    "# wizard's files in the same folder as this script; it can be run from any directory.",
    'set -euo pipefail',
    '',
    '# Values from the wizard, quoted so that no value can run as a command.',
    literal('RG', r.rg, 'resource group of the AKS cluster'),
    literal('CLUSTER', r.cluster, 'AKS cluster name'),
    ...(model.vaults.length > 1
      ? model.vaults.map((v, i) =>
          literal(`KV_${i + 1}`, v.name, `Key Vault ${i + 1} of ${model.vaults.length}`),
        )
      : [literal('KV', model.vaults[0]?.name ?? r.kv, 'Key Vault name')]),
    literal('NS', r.ns, 'namespace of the app'),
    literal('APP', r.app, 'name of the Deployment'),
    literal('TENANT_ID', r.tenant, 'tenant of the Key Vault'),
    ...(app?.source.kind === 'existing'
      ? [literal('CLIENT_ID', app.source.clientId, 'client id of the existing managed identity')]
      : []),
    '# The folder of this script, where the files from the wizard are too.',
    'HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"',
    '',
    ...renderSteps(steps),
  ].join('\n')
}
