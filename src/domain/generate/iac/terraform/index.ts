import { COLLECTION, ROLE } from '../../../azure/roles.ts'
import { WORKLOAD_IDENTITY_AUDIENCE } from '../../../k8s/names.ts'
import type { Cloud } from '../../../answers/model.ts'
import type { IacModel, IacPrincipal, IacVault } from '../model.ts'
import { terraformVaultPrefix, typesOf } from '../model.ts'
import {
  attr,
  blank,
  block,
  bodyLines,
  comment,
  ex,
  hclFile,
  tpl,
  type BodyItem,
  type Expr,
  type HclValue,
} from './hcl.ts'

/**
 * Terraform for azurerm 5.x (`azure/main.tf`, `variables.tf`, `outputs.tf`, `versions.tf`), from the IaC
 * model alone. Shapes from the provider's own 5.2.0 schema (hashicorp/terraform-provider-azurerm
 * `.release/provider-schema.json`); 5.0 removed `parent_id` and `resource_group_name` from
 * `azurerm_federated_identity_credential` and renamed the vault's `enable_rbac_authorization` to
 * `rbac_authorization_enabled` (website/docs/guides/5.0-upgrade-guide.html.markdown).
 */

export interface TerraformFile {
  name: string
  content: string
}

const CLUSTER = 'data.azurerm_kubernetes_cluster.this'
const vaultRef = (v: IacVault): string => `data.azurerm_key_vault.${v.label}`
/** Access policy permission list per object type: capitalised, as the provider validates them (case-sensitive). */
const POLICY_ATTR = {
  secret: 'secret_permissions',
  key: 'key_permissions',
  cert: 'certificate_permissions',
} as const

/** The provider's `environment` for a sovereign cloud (azurerm provider docs, "environment"). */
const ENVIRONMENT: Record<Cloud, string | undefined> = {
  AzurePublicCloud: undefined,
  AzureUSGovernmentCloud: 'usgovernment',
  AzureChinaCloud: 'china',
}

const single = (p: IacPrincipal, model: IacModel): boolean =>
  model.principals.length === 1 || p.label === 'app'
/** `client_id` for the app (what the folder reads), `<label>_client_id` for any other principal. */
export const clientIdOutput = (p: IacPrincipal, model: IacModel): string =>
  single(p, model) ? 'client_id' : `${p.label}_client_id`

function principalRefs(p: IacPrincipal): { principalId: Expr; clientId: Expr; identityId?: Expr } {
  switch (p.source.kind) {
    case 'new':
      return {
        principalId: ex(`azurerm_user_assigned_identity.${p.label}.principal_id`),
        clientId: ex(`azurerm_user_assigned_identity.${p.label}.client_id`),
        identityId: ex(`azurerm_user_assigned_identity.${p.label}.id`),
      }
    case 'existing':
      return {
        principalId: ex(`data.azurerm_user_assigned_identity.${p.label}.principal_id`),
        clientId: ex(`data.azurerm_user_assigned_identity.${p.label}.client_id`),
        identityId: ex(`data.azurerm_user_assigned_identity.${p.label}.id`),
      }
    case 'addon': {
      const secretIdentity = `${CLUSTER}.key_vault_secrets_provider[0].secret_identity[0]`
      return { principalId: ex(`${secretIdentity}.object_id`), clientId: ex(`${secretIdentity}.client_id`) }
    }
  }
}

const condition = (kind: 'precondition' | 'postcondition', test: string, message: string): BodyItem =>
  block(kind, [], [attr('condition', ex(test)), attr('error_message', message)])

function clusterData(model: IacModel): BodyItem[] {
  const checks: BodyItem[] = []
  if (model.principals.some((p) => p.federations.length > 0))
    checks.push(
      condition(
        'postcondition',
        'self.oidc_issuer_enabled',
        'The cluster has no OIDC issuer: merge the cluster settings at the end of main.tf into your cluster first.',
      ),
    )
  if (model.clusterSide.addon || model.principals.some((p) => p.source.kind === 'addon'))
    checks.push(
      condition(
        'postcondition',
        'length(self.key_vault_secrets_provider) > 0',
        'The Key Vault secrets provider add-on is off: merge the cluster settings at the end of main.tf into your cluster first.',
      ),
    )
  for (const p of model.principals)
    if (p.source.kind === 'addon' && p.source.clientId !== undefined)
      checks.push(
        condition(
          'postcondition',
          `length(self.key_vault_secrets_provider) > 0 && self.key_vault_secrets_provider[0].secret_identity[0].client_id == var.${p.label}_client_id`,
          `The manifests name client ID ${p.label}_client_id, but the add-on identity has another: give the add-on's in the wizard.`,
        ),
      )
  if (model.clusterSide.rotation)
    checks.push(
      condition(
        'postcondition',
        'length(self.key_vault_secrets_provider) > 0 && self.key_vault_secrets_provider[0].secret_rotation_enabled',
        'Secret rotation is off on the add-on: merge the cluster settings at the end of main.tf into your cluster first.',
      ),
    )
  return [
    comment(
      'The cluster is read, never changed here: it is usually defined elsewhere (see the end of this file).',
    ),
    block(
      'data',
      ['azurerm_kubernetes_cluster', 'this'],
      [
        attr('name', ex('var.cluster_name')),
        attr('resource_group_name', ex('var.resource_group_name')),
        ...(checks.length > 0 ? [blank, block('lifecycle', [], checks)] : []),
      ],
    ),
  ]
}

function vaultData(v: IacVault, model: IacModel): BodyItem {
  const prefix = terraformVaultPrefix(v, model)
  return block(
    'data',
    ['azurerm_key_vault', v.label],
    [
      attr('name', ex(`var.${prefix}_name`)),
      attr('resource_group_name', ex(`var.${prefix}_resource_group_name`)),
      blank,
      block(
        'lifecycle',
        [],
        [
          condition(
            'postcondition',
            'self.tenant_id == var.tenant_id',
            'The vault is in another tenant than the one the manifests name (tenant_id).',
          ),
        ],
      ),
    ],
  )
}

function identityItems(p: IacPrincipal): BodyItem[] {
  switch (p.source.kind) {
    case 'new':
      return [
        comment('The managed identity the app runs as: no password to store or rotate.'),
        block(
          'resource',
          ['azurerm_user_assigned_identity', p.label],
          [
            attr('name', ex(`var.${p.label}_identity_name`)),
            attr('resource_group_name', ex('var.resource_group_name')),
            attr('location', ex(`${CLUSTER}.location`)),
          ],
        ),
      ]
    case 'existing':
      return [
        comment(
          'The existing managed identity the app runs as, checked against the client ID the manifests name.',
        ),
        block(
          'data',
          ['azurerm_user_assigned_identity', p.label],
          [
            attr('name', ex(`var.${p.label}_identity_name`)),
            attr('resource_group_name', ex(`var.${p.label}_identity_resource_group_name`)),
            blank,
            block(
              'lifecycle',
              [],
              [
                condition(
                  'postcondition',
                  `self.client_id == var.${p.label}_client_id`,
                  `This identity's client ID is not ${p.label}_client_id, the one the manifests name.`,
                ),
              ],
            ),
          ],
        ),
      ]
    case 'addon':
      return [
        comment(
          "The add-on's own identity (azurekeyvaultsecretsprovider-<cluster>) reads the vault: every pod on the",
          'nodes can use it. Workload identity is the finer-grained choice.',
        ),
      ]
  }
}

function federationItems(p: IacPrincipal): BodyItem[] {
  const { identityId } = principalRefs(p)
  if (identityId === undefined) return []
  return p.federations.map((f, i) =>
    block(
      'resource',
      ['azurerm_federated_identity_credential', p.federations.length === 1 ? p.label : `${p.label}_${i + 1}`],
      [
        attr('name', f.name),
        attr('user_assigned_identity_id', identityId),
        attr('issuer', ex(`${CLUSTER}.oidc_issuer_url`)),
        attr('subject', `system:serviceaccount:${f.namespace}:${f.serviceAccount}`),
        attr('audience', [WORKLOAD_IDENTITY_AUDIENCE]),
      ],
    ),
  )
}

function grantItems(p: IacPrincipal, model: IacModel): BodyItem[] {
  const { principalId } = principalRefs(p)
  return p.grants.flatMap((g) => {
    const v = model.vaults.find((vault) => vault.label === g.vault)
    if (v === undefined) return []
    const kv = vaultRef(v)
    const label = `${p.label}_${v.label}`
    const local = `${label}_roles`
    const roles: [string, HclValue][] = g.objects.map((o) => [
      `${COLLECTION[o.type]}/${o.name}`,
      ROLE[o.type],
    ])
    return [
      comment(
        'Each object the app reads, by its path under the vault, with the narrowest role that reads it:',
        '"Key Vault Secrets User" reads secret values; "Key Vault Reader" a key\'s public part and the public',
        'certificate, never a secret value. No administrator or officer role.',
      ),
      block('locals', [], [{ attr: local, value: { map: roles } }]),
      comment('An RBAC vault: one role assignment per object (the least privilege).'),
      block(
        'resource',
        ['azurerm_role_assignment', label],
        [
          attr('for_each', ex(`${kv}.rbac_authorization_enabled ? local.${local} : {}`)),
          attr('scope', tpl(ex(`${kv}.id`), '/', ex('each.key'))),
          attr('role_definition_name', ex('each.value')),
          attr('principal_id', principalId),
          attr('principal_type', 'ServicePrincipal'),
        ],
      ),
      comment(
        'An access-policy vault: get on each kind of object the app reads (a policy covers the whole vault).',
        'A principal that already has a policy on this vault must be imported first:',
        `terraform import 'azurerm_key_vault_access_policy.${label}[0]' <vault id>/objectId/<principal id>`,
      ),
      block(
        'resource',
        ['azurerm_key_vault_access_policy', label],
        [
          attr('count', ex(`${kv}.rbac_authorization_enabled ? 0 : 1`)),
          attr('key_vault_id', ex(`${kv}.id`)),
          attr('tenant_id', ex(`${kv}.tenant_id`)),
          attr('object_id', principalId),
          ...typesOf(g.objects).map((t) => attr(POLICY_ATTR[t], ['Get'])),
        ],
      ),
    ]
  })
}

/** The settings to merge into the team's own `azurerm_kubernetes_cluster`, as comment lines (test: walked). */
export function clusterSideLines(model: IacModel): string[] {
  const c = model.clusterSide
  const body: BodyItem[] = [
    ...(c.oidcIssuer ? [attr('oidc_issuer_enabled', true)] : []),
    ...(c.workloadIdentity ? [attr('workload_identity_enabled', true)] : []),
    ...(c.addon
      ? [
          ...(c.oidcIssuer || c.workloadIdentity ? [blank] : []),
          block(
            'key_vault_secrets_provider',
            [],
            c.rotation
              ? [attr('secret_rotation_enabled', true), attr('secret_rotation_interval', c.poll)]
              : // As azure-setup.sh, rotation is left as it is: the provider reads the vault on every mount.
                [comment('Rotation is not needed by these files: keep your own setting.')],
          ),
        ]
      : []),
  ]
  return body.length === 0 ? [] : bodyLines(body, 1)
}

export const CLUSTER_SIDE_START = 'resource "azurerm_kubernetes_cluster" "<your cluster>" {'

function clusterSideComment(model: IacModel): BodyItem[] {
  const lines = clusterSideLines(model)
  if (lines.length === 0) return []
  return [
    comment(
      'Cluster settings the files need. Merge them into your own azurerm_kubernetes_cluster (never a second',
      'cluster): turning the OIDC issuer off again would force a new cluster.',
      '',
      CLUSTER_SIDE_START,
      ...lines,
      '}',
    ),
  ]
}

function mainTf(model: IacModel): string {
  return hclFile(
    [
      `Azure side for option ${model.option}, for azurerm 5.x. Generated by akv-wizard.`,
      'Apply it before the manifests: ../apply.sh does both, in order.',
    ],
    [
      ...clusterData(model),
      ...model.vaults.map((v) => vaultData(v, model)),
      ...model.principals.flatMap((p) => [
        ...identityItems(p),
        ...federationItems(p),
        ...grantItems(p, model),
      ]),
      ...clusterSideComment(model),
    ],
  )
}

const variable = (name: string, description: string, value?: string): BodyItem =>
  block(
    'variable',
    [name],
    [
      attr('description', description),
      attr('type', ex('string')),
      ...(value === undefined ? [] : [attr('default', value)]),
    ],
  )

function variablesTf(model: IacModel): string {
  const items: BodyItem[] = [
    variable(
      'subscription_id',
      'Subscription of the cluster and the vault (az account show --query id -o tsv).',
    ),
    variable('resource_group_name', 'Resource group of the AKS cluster.', model.resourceGroup),
    variable('cluster_name', 'Name of the AKS cluster.', model.cluster),
    variable('tenant_id', 'Tenant of the Key Vault, as the manifests name it.', model.tenant),
  ]
  for (const v of model.vaults) {
    const prefix = terraformVaultPrefix(v, model)
    items.push(
      variable(`${prefix}_name`, 'Name of the Key Vault.', v.name),
      variable(
        `${prefix}_resource_group_name`,
        'Resource group of the Key Vault (az keyvault show -n <vault> --query resourceGroup -o tsv).',
        model.resourceGroup,
      ),
    )
  }
  for (const p of model.principals) {
    if (p.source.kind === 'new')
      items.push(
        variable(`${p.label}_identity_name`, 'Name of the managed identity to create.', p.source.name),
      )
    if (p.source.kind === 'addon' && p.source.clientId !== undefined)
      items.push(
        variable(
          `${p.label}_client_id`,
          'Client ID of the add-on identity, as the manifests name it.',
          p.source.clientId,
        ),
      )
    if (p.source.kind === 'existing')
      items.push(
        variable(`${p.label}_client_id`, 'Client ID of the existing managed identity.', p.source.clientId),
        variable(
          `${p.label}_identity_name`,
          'Name of that identity (../apply.sh looks it up by its client ID).',
        ),
        variable(`${p.label}_identity_resource_group_name`, 'Resource group of that identity.'),
      )
  }
  return hclFile(['Values from the wizard. Review them before applying.'], items)
}

function outputsTf(model: IacModel): string {
  return hclFile(
    ['What the manifests need from the Azure side: ../apply.sh fills the client ID in.'],
    model.principals.flatMap((p) => {
      const refs = principalRefs(p)
      const name = clientIdOutput(p, model)
      return [
        block(
          'output',
          [name],
          [
            attr(
              'description',
              'Client ID for the ServiceAccount annotation and the SecretProviderClass clientID.',
            ),
            attr('value', refs.clientId),
          ],
        ),
        block(
          'output',
          [name.replace('client_id', 'principal_id')],
          [
            attr('description', 'Object (principal) ID that the role assignments or the access policy name.'),
            attr('value', refs.principalId),
          ],
        ),
      ]
    }),
  )
}

function versionsTf(model: IacModel): string {
  const environment = ENVIRONMENT[model.cloud]
  return hclFile(
    ['azurerm 5.x: 5.0 changed the federated credential and the vault attributes these files use.'],
    [
      block(
        'terraform',
        [],
        [
          attr('required_version', '>= 1.5.0'),
          blank,
          block(
            'required_providers',
            [],
            [
              {
                attr: 'azurerm',
                value: {
                  map: [
                    ['source', 'hashicorp/azurerm'],
                    ['version', '~> 5.2'],
                  ],
                },
              },
            ],
          ),
        ],
      ),
      block(
        'provider',
        ['azurerm'],
        [
          attr('subscription_id', ex('var.subscription_id')),
          ...(environment === undefined ? [] : [attr('environment', environment)]),
          blank,
          block('features', [], []),
        ],
      ),
    ],
  )
}

/** The four files of `azure/`, in the order the page shows them. */
export function terraformFiles(model: IacModel): TerraformFile[] {
  return [
    { name: 'azure/main.tf', content: mainTf(model) },
    { name: 'azure/variables.tf', content: variablesTf(model) },
    { name: 'azure/outputs.tf', content: outputsTf(model) },
    { name: 'azure/versions.tf', content: versionsTf(model) },
  ]
}
