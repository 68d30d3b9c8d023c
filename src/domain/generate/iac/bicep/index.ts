import { COLLECTION, ROLE, ROLE_DEFINITION_ID, type RoleName } from '../../../azure/roles.ts'
import { WORKLOAD_IDENTITY_AUDIENCE } from '../../../k8s/names.ts'
import type { IacModel, IacPrincipal, IacVault } from '../model.ts'
import { bicepVaultPrefix, typesOf } from '../model.ts'
import {
  bicepFile,
  bicepParamFile,
  bicepValue,
  btpl,
  bx,
  type BicepDocument,
  type BicepExpr,
  type BicepModule,
  type BicepOutput,
  type BicepParam,
  type BicepResource,
  type BicepValue,
} from './serialise.ts'

/**
 * Bicep (`azure/main.bicep`, one module per vault, `azure/main.bicepparam`) from the IaC model alone, at the
 * API versions of ../shared/reference/iac/bicep-types-*.json (the type data the Bicep compiler itself
 * uses). The deployment goes to the identity's resource group; the cluster and the vault are `existing`.
 */

export const API = {
  cluster: ['Microsoft.ContainerService/managedClusters', '2026-05-01'],
  identity: ['Microsoft.ManagedIdentity/userAssignedIdentities', '2024-11-30'],
  federation: ['Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials', '2024-11-30'],
  vault: ['Microsoft.KeyVault/vaults', '2026-02-01'],
  secret: ['Microsoft.KeyVault/vaults/secrets', '2026-02-01'],
  key: ['Microsoft.KeyVault/vaults/keys', '2026-02-01'],
  /** No type data exists for it (see CERT_SCOPE_NOTE); the version of the vault's other children. */
  cert: ['Microsoft.KeyVault/vaults/certificates', '2026-02-01'],
  accessPolicy: ['Microsoft.KeyVault/vaults/accessPolicies', '2026-02-01'],
  roleAssignment: ['Microsoft.Authorization/roleAssignments', '2022-04-01'],
} as const

type Api = (typeof API)[keyof typeof API]
const typed = (api: Api): { type: string; apiVersion: string } => ({ type: api[0], apiVersion: api[1] })

export interface BicepFile {
  name: string
  content: string
}

/** The documents and the files they become; tests walk `documents` against the type data. */
export interface BicepOutputFiles {
  documents: { name: string; doc: BicepDocument }[]
  /** The cluster settings to merge, as a managedClusters body (walked too), written as comments. */
  clusterSide: Record<string, BicepValue> | undefined
  files: BicepFile[]
}

const CHILD_NAME = { secret: 'Secret', key: 'Key', cert: 'Certificate' } as const

/**
 * A certificate is no ARM resource type (the Key Vault RP's types.json has secrets and keys, no certificates),
 * yet Azure RBAC takes `<vault id>/certificates/<name>` as a scope: azure-setup.sh assigns there. Only its id
 * is used, which ARM builds without reading the resource; `az bicep build` warns BCP081 (no type data).
 */
export const CERT_SCOPE_NOTE = [
  'A certificate has no ARM type data (az bicep build warns BCP081): only its id is used, the scope',
  'azure-setup.sh assigns the role on too, so the role covers this certificate only.',
]

const identitySymbol = (p: IacPrincipal): string => `${p.label}Identity`
const vaultModuleFile = (v: IacVault, model: IacModel): string =>
  model.vaults.length === 1 ? 'key-vault-access.bicep' : `key-vault-${v.label}-access.bicep`

function principalIds(p: IacPrincipal): { principalId: BicepExpr; clientId: BicepExpr } {
  if (p.source.kind === 'addon') {
    const identity = 'cluster.properties.addonProfiles.azureKeyvaultSecretsProvider.identity'
    return { principalId: bx(`${identity}.objectId`), clientId: bx(`${identity}.clientId`) }
  }
  const symbol = identitySymbol(p)
  return {
    principalId: bx(`${symbol}.properties.principalId`),
    clientId: bx(`${symbol}.properties.clientId`),
  }
}

function identityResources(p: IacPrincipal): BicepResource[] {
  if (p.source.kind === 'addon') return []
  const identity: BicepResource =
    p.source.kind === 'new'
      ? {
          symbol: identitySymbol(p),
          ...typed(API.identity),
          comment: ['The managed identity the app runs as: no password to store or rotate.'],
          body: { name: bx(`${p.label}IdentityName`), location: bx('location') },
        }
      : {
          symbol: identitySymbol(p),
          ...typed(API.identity),
          existing: true,
          comment: ['The existing managed identity the app runs as (../apply.sh finds it by its client ID).'],
          body: { name: bx(`${p.label}IdentityName`) },
        }
  if (p.federations.length === 0) return [identity]
  return [
    identity,
    {
      symbol: `${p.label}Federation`,
      ...typed(API.federation),
      comment: [
        'Trust between the identity and each service account. One at a time: parallel writes to one identity',
        'fail with ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity.',
      ],
      batchSize: 1,
      loop: { item: 'f', over: bx(`${p.label}Federations`) },
      parent: identitySymbol(p),
      body: {
        name: bx('f.name'),
        properties: {
          audiences: [WORKLOAD_IDENTITY_AUDIENCE],
          issuer: bx('cluster.properties.oidcIssuerProfile.issuerURL'),
          subject: btpl('system:serviceaccount:', bx('f.namespace'), ':', bx('f.serviceAccount')),
        },
      },
    },
  ]
}

const roleDefinition = (roleId: string): BicepExpr =>
  bx(`subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${roleId}')`)

function roleAssignment(symbol: string, scope: string, principal: string, role: RoleName): BicepResource {
  const roleId = ROLE_DEFINITION_ID[role]
  return {
    symbol,
    ...typed(API.roleAssignment),
    comment: [`"${role}" on ${scope === 'vault' ? 'the whole vault' : 'this object only'}.`],
    condition: bx('usesRbac'),
    scope: bx(scope),
    body: {
      name: bx(`guid(${scope}.id, ${principal}, '${roleId}')`),
      properties: {
        roleDefinitionId: roleDefinition(roleId),
        principalId: bx(principal),
        principalType: 'ServicePrincipal',
      },
    },
  }
}

/** The module of one vault: per-object role assignments or the access policy of each principal. */
function vaultDocument(v: IacVault, model: IacModel): BicepDocument {
  const grants = model.principals.flatMap((p) =>
    p.grants.filter((g) => g.vault === v.label).map((g) => ({ p, objects: g.objects })),
  )
  const resources: BicepResource[] = [
    { symbol: 'vault', ...typed(API.vault), existing: true, body: { name: bx('keyVaultName') } },
  ]
  for (const { p, objects } of grants) {
    const principal = `${p.label}PrincipalId`
    objects.forEach((o, i) => {
      const child = `${p.label}${CHILD_NAME[o.type]}${i + 1}`
      resources.push(
        {
          symbol: child,
          ...typed(API[o.type]),
          existing: true,
          parent: 'vault',
          body: { name: o.name },
          comment: o.type === 'cert' ? CERT_SCOPE_NOTE : undefined,
        },
        roleAssignment(`${child}Read`, child, principal, ROLE[o.type]),
      )
    })
    const permissions = Object.fromEntries(typesOf(objects).map((t) => [COLLECTION[t], ['get']]))
    resources.push({
      symbol: `${p.label}Policy`,
      ...typed(API.accessPolicy),
      comment: [
        'An access-policy vault: get on each kind of object read, merged into any policy the principal has',
        '(the child named add merges; a policy always covers the whole vault).',
      ],
      condition: bx('!usesRbac'),
      parent: 'vault',
      body: {
        name: 'add',
        properties: {
          accessPolicies: [{ tenantId: bx('tenantId'), objectId: bx(principal), permissions }],
        },
      },
    })
  }
  return {
    header: [`Read access to the Key Vault ${v.name}. Generated by akv-wizard; deployed by main.bicep.`],
    params: [
      { name: 'keyVaultName', type: 'string', description: 'Name of the Key Vault.' },
      { name: 'tenantId', type: 'string', description: 'Tenant of the Key Vault.' },
      {
        name: 'usesRbac',
        type: 'bool',
        description: 'Azure RBAC (true) or access policies (false): properties.enableRbacAuthorization.',
      },
      ...grants.map(({ p }): BicepParam => ({
        name: `${p.label}PrincipalId`,
        type: 'string',
        description: 'Object (principal) ID to grant read access.',
      })),
    ],
    resources,
  }
}

const vaultPrefix = bicepVaultPrefix

function mainDocument(model: IacModel): BicepDocument {
  const params: BicepParam[] = [
    { name: 'clusterName', type: 'string', description: 'Name of the AKS cluster.' },
    { name: 'clusterResourceGroup', type: 'string', description: 'Resource group of the AKS cluster.' },
    { name: 'tenantId', type: 'string', description: 'Tenant of the Key Vault, as the manifests name it.' },
    ...model.vaults.flatMap((v): BicepParam[] => {
      const prefix = vaultPrefix(v, model)
      return [
        { name: `${prefix}Name`, type: 'string', description: 'Name of the Key Vault.' },
        { name: `${prefix}ResourceGroup`, type: 'string', description: 'Resource group of the Key Vault.' },
        {
          name: `${prefix}UsesRbac`,
          type: 'bool',
          description:
            'Azure RBAC (true) or access policies (false): az keyvault show -n <vault> --query properties.enableRbacAuthorization',
        },
      ]
    }),
    ...model.principals.flatMap((p): BicepParam[] =>
      p.source.kind === 'addon'
        ? []
        : [{ name: `${p.label}IdentityName`, type: 'string', description: 'Name of the managed identity.' }],
    ),
    ...(model.principals.some((p) => p.source.kind === 'new')
      ? [
          {
            name: 'location',
            type: 'string' as const,
            description: 'Region of the new identity.',
            default: bx('resourceGroup().location'),
          },
        ]
      : []),
  ]
  const vars: [string, BicepValue][] = model.principals
    .filter((p) => p.federations.length > 0 && p.source.kind !== 'addon')
    .map((p) => [
      `${p.label}Federations`,
      p.federations.map((f) => ({ name: f.name, namespace: f.namespace, serviceAccount: f.serviceAccount })),
    ])
  const resources: BicepResource[] = [
    {
      symbol: 'cluster',
      ...typed(API.cluster),
      existing: true,
      comment: [
        'The cluster is read, never changed here (see the cluster settings at the end of this file).',
      ],
      scope: bx('resourceGroup(clusterResourceGroup)'),
      body: { name: bx('clusterName') },
    },
    ...model.principals.flatMap(identityResources),
  ]
  const modules: BicepModule[] = model.vaults.map((v) => {
    const prefix = vaultPrefix(v, model)
    return {
      symbol: `${v.label}Access`,
      path: vaultModuleFile(v, model),
      comment: ['Read access to the objects of the vault, in the vault’s resource group.'],
      name: btpl(`akv-wizard-${v.label}-access-`, bx('uniqueString(deployment().name)')),
      scope: bx(`resourceGroup(${prefix}ResourceGroup)`),
      params: {
        keyVaultName: bx(`${prefix}Name`),
        tenantId: bx('tenantId'),
        usesRbac: bx(`${prefix}UsesRbac`),
        ...Object.fromEntries(
          model.principals
            .filter((p) => p.grants.some((g) => g.vault === v.label))
            .map((p) => [`${p.label}PrincipalId`, principalIds(p).principalId]),
        ),
      },
    }
  })
  const outputs: BicepOutput[] = model.principals.flatMap((p) => [
    {
      name: p.label === 'app' ? 'clientId' : `${p.label}ClientId`,
      type: 'string' as const,
      description: 'Client ID for the ServiceAccount annotation and the SecretProviderClass clientID.',
      value: principalIds(p).clientId,
    },
    {
      name: p.label === 'app' ? 'principalId' : `${p.label}PrincipalId`,
      type: 'string' as const,
      description: 'Object (principal) ID that the role assignments or the access policy name.',
      value: principalIds(p).principalId,
    },
  ])
  return {
    header: [
      `Azure side for option ${model.option}. Generated by akv-wizard.`,
      "Deploy it to the identity's resource group before the manifests: ../apply.sh does both, in order.",
    ],
    params,
    vars,
    resources,
    modules,
    outputs,
    trailer: clusterSideComment(model),
  }
}

/** The cluster settings the files need, as a managedClusters body: only the two add-on keys that exist. */
export function clusterSideBody(model: IacModel): Record<string, BicepValue> | undefined {
  const c = model.clusterSide
  // Only the keys the files need (bicepValue writes every key it is given).
  const properties: Record<string, BicepValue> = {}
  if (c.oidcIssuer) properties.oidcIssuerProfile = { enabled: true }
  if (c.workloadIdentity) properties.securityProfile = { workloadIdentity: { enabled: true } }
  if (c.addon)
    properties.addonProfiles = {
      // Without rotation the config is left out: the team's own setting stays (as azure-setup.sh does).
      azureKeyvaultSecretsProvider: c.rotation
        ? { enabled: true, config: { enableSecretRotation: 'true', rotationPollInterval: c.poll } }
        : { enabled: true },
    }
  return Object.keys(properties).length === 0 ? undefined : { properties }
}

function clusterSideComment(model: IacModel): string[] {
  const body = clusterSideBody(model)
  if (body === undefined) return []
  return [
    'Cluster settings the files need. Merge them into your own managedClusters resource (never a second',
    'cluster). The add-on config takes only these keys: a misspelt one deploys and does nothing.',
    '',
    `resource cluster '${API.cluster[0]}@${API.cluster[1]}' = {`,
    ...bicepValue(body).split('\n').slice(1, -1),
    '}',
  ]
}

function paramValues(model: IacModel): [string, BicepValue][] {
  return [
    ['clusterName', model.cluster],
    ['clusterResourceGroup', model.resourceGroup],
    ['tenantId', model.tenant],
    ...model.vaults.flatMap((v): [string, BicepValue][] => {
      const prefix = vaultPrefix(v, model)
      return [
        [`${prefix}Name`, v.name],
        [`${prefix}ResourceGroup`, model.resourceGroup],
        [`${prefix}UsesRbac`, true],
      ]
    }),
    ...model.principals.flatMap((p): [string, BicepValue][] =>
      p.source.kind === 'new'
        ? [[`${p.label}IdentityName`, p.source.name]]
        : p.source.kind === 'existing'
          ? [[`${p.label}IdentityName`, '<name of the identity with this client ID>']]
          : [],
    ),
  ]
}

export function bicepOutput(model: IacModel): BicepOutputFiles {
  const documents = [
    { name: 'azure/main.bicep', doc: mainDocument(model) },
    ...model.vaults.map((v) => ({
      name: `azure/${vaultModuleFile(v, model)}`,
      doc: vaultDocument(v, model),
    })),
  ]
  const params = bicepParamFile(
    [
      'Values from the wizard. ../apply.sh passes the vault’s resource group, its permission model and the',
      'identity it finds by client ID on the command line, over these.',
    ],
    'main.bicep',
    paramValues(model),
  )
  return {
    documents,
    clusterSide: clusterSideBody(model),
    files: [
      ...documents.map(({ name, doc }) => ({ name, content: bicepFile(doc) })),
      { name: 'azure/main.bicepparam', content: params },
    ],
  }
}
