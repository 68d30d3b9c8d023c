import { parse } from '@cdktf/hcl2json'
import { format } from '@cdktf/hcl-tools'
import { describe, expect, it } from 'vitest'
import { CLIENT, obj, seedAnswers, TENANT } from '../../../test-support/answers.ts'
import {
  mergeTerraform,
  walkBody,
  walkTerraform,
  loadAzurermSchema,
} from '../../../test-support/iac/azurerm-walk.ts'
import { loadBicepTypes, walkBicepBody } from '../../../test-support/iac/bicep-walk.ts'
import { AUTH_VALUES, type Answers, type Auth, type KvObject, type OptionId } from '../../answers/model.ts'
import { answerCombinations } from '../../answers/combinations.ts'
import { resolve } from '../../answers/resolve.ts'
import { assess } from '../../assess.ts'
import { ROLE_DEFINITION_ID } from '../../azure/roles.ts'
import { planFor } from '../../plan/plan.ts'
import { generate } from '../index.ts'
import { API, bicepOutput, CERT_SCOPE_NOTE } from './bicep/index.ts'
import { iacModel, type IacModel } from './model.ts'
import { CLUSTER_SIDE_START, terraformFiles } from './terraform/index.ts'

// Every identity mode, option, identity source and object type, in both formats: the Terraform parses
// (hcl2json), is `terraform fmt`-clean (hcl-tools), walks clean against the azurerm 5.2.0 schema dump and the
// cross-field rules; every Bicep resource body walks clean against the Bicep type data.

const schema = loadAzurermSchema()
const bicepTypes = loadBicepTypes()

const ALL_TYPES: KvObject[] = [
  obj('db-password'),
  obj('signing-key', { type: 'key' }),
  obj('tls', { type: 'cert' }),
]
const OBJECT_SETS: Record<string, KvObject[]> = {
  'a secret, a key and a certificate': ALL_TYPES,
  'a secret': [obj('db-password', { env: 'DB_PASSWORD' })],
  'a key': [obj('signing-key', { type: 'key' })],
  'a certificate': [obj('tls', { type: 'cert' })],
  'no object yet': [],
  // Issue 17: an object in a second vault, which gets a data source (an existing module) and grants of its own.
  'two vaults': [
    obj('db-password', { env: 'DB' }),
    obj('tls', { type: 'cert', vault: 'kv-shared' }),
    obj('signing-key', { type: 'key', vault: 'kv-shared' }),
  ],
}

interface Case {
  name: string
  answers: Answers
  option: OptionId
}

function cases(): Case[] {
  const out: Case[] = []
  for (const option of [1, 2, 3] as const)
    for (const auth of AUTH_VALUES)
      for (const identity of ['new', 'existing'] as const)
        for (const [objects, list] of Object.entries(OBJECT_SETS))
          for (const rotate of identity === 'new' ? (['none', 'live'] as const) : (['restart'] as const))
            out.push({
              name: `option ${option}, ${auth}, ${identity} identity, ${objects}, rotation ${rotate}`,
              option,
              answers: {
                ...seedAnswers(),
                auth,
                identity,
                rotate,
                client: identity === 'existing' || auth !== 'workload' ? CLIENT : '',
                objects: list,
                cloud: option === 3 && auth === 'uami' ? 'AzureUSGovernmentCloud' : 'AzurePublicCloud',
              },
            })
  return out
}

const modelOf = (answers: Answers, option: OptionId): ReturnType<typeof iacModel> =>
  iacModel(planFor(resolve(answers), option))

async function terraformProblems(model: IacModel): Promise<string[]> {
  const files = terraformFiles(model)
  const problems: string[] = []
  const docs = []
  for (const f of files) {
    docs.push(await parse(f.name, f.content))
    if ((await format(f.content)) !== f.content) problems.push(`${f.name}: terraform fmt would change it`)
    if (/=\s*"\$\{[^}]*\}"\s*$/m.test(f.content)) problems.push(`${f.name}: a lone interpolation`)
  }
  return [...problems, ...walkTerraform(mergeTerraform(docs), schema)]
}

/** The commented cluster settings, uncommented, parsed and walked as part of an azurerm_kubernetes_cluster. */
async function clusterSideProblems(model: IacModel): Promise<string[]> {
  const main = terraformFiles(model)[0]?.content ?? ''
  const start = main.indexOf(`# ${CLUSTER_SIDE_START}`)
  if (start < 0) return []
  const lines = main.slice(start).split('\n')
  const end = lines.findIndex((l) => l === '# }')
  const hcl = lines
    .slice(0, end + 1)
    .map((l) => l.replace(/^# ?/, ''))
    .join('\n')
    .replace('"<your cluster>"', '"this"')
  const doc = (await parse('cluster.tf', hcl)) as {
    resource: { azurerm_kubernetes_cluster: { this: object[] } }
  }
  const out: string[] = []
  const body = doc.resource.azurerm_kubernetes_cluster.this[0] as Record<string, unknown>
  const s = schema.providerSchema.resources.azurerm_kubernetes_cluster?.schema ?? {}
  walkBody(body, s, 'cluster settings', out, true)
  return out
}

function bicepProblems(model: IacModel): string[] {
  const { documents, clusterSide } = bicepOutput(model)
  const problems = documents.flatMap(({ name, doc }) =>
    doc.resources.flatMap((r) => {
      const key = `${r.type}@${r.apiVersion}`
      // A certificate has no type data (CERT_SCOPE_NOTE): only its name is set, and only its id is read.
      if (r.type === API.cert[0])
        return r.existing && Object.keys(r.body).join() === 'name' ? [] : [`${key}: set`]
      return walkBicepBody(bicepTypes, key, r.body, { existing: r.existing }).map(
        (p) => `${name} ${r.symbol}: ${p}`,
      )
    }),
  )
  if (clusterSide !== undefined) {
    problems.push(
      ...walkBicepBody(bicepTypes, `${API.cluster[0]}@${API.cluster[1]}`, clusterSide, { partial: true }),
    )
    const addon = (clusterSide.properties as Record<string, Record<string, Record<string, object>>>)
      .addonProfiles
    const config = addon?.azureKeyvaultSecretsProvider?.config ?? {}
    // `config` is a free-form map (Azure/AKS#4319: an unknown key deploys and does nothing): only these two.
    for (const key of Object.keys(config))
      if (!['enableSecretRotation', 'rotationPollInterval'].includes(key))
        problems.push(`add-on config key ${key}`)
  }
  return problems
}

describe('IaC across the combination enumerator', () => {
  // Every deciding combination, every other choice (identity mode, identity, cloud, rotation...) pairwise,
  // and the object lists pairwise with them (answers/combinations.ts).
  const walked = answerCombinations(seedAnswers(), { objects: Object.values(OBJECT_SETS) })
  it(`${walked.length} combinations: Terraform and Bicep walk clean wherever they are generated`, async () => {
    const modes = new Set<string>()
    const seen = new Set<string>()
    for (const answers of walked) {
      const model = iacModel(assess(answers).plan)
      // The renderers are pure functions of the model: a model walked once needs no second walk.
      if (model.kind === 'not-generated' || seen.has(JSON.stringify(model))) continue
      seen.add(JSON.stringify(model))
      for (const p of model.principals)
        for (const g of p.grants) for (const o of g.objects) modes.add(`${p.source.kind} ${o.type}`)
      expect(await terraformProblems(model), JSON.stringify(answers)).toEqual([])
      expect(bicepProblems(model), JSON.stringify(answers)).toEqual([])
    }
    expect([...modes].sort()).toEqual(
      ['addon', 'existing', 'new'].flatMap((k) => ['cert', 'key', 'secret'].map((t) => `${k} ${t}`)),
    )
  }, 120_000)
})

describe('IaC across every identity mode and object type', () => {
  // Only the cases that give a model of their own (the renderers read nothing else).
  const models = new Set<string>()
  const all = cases().filter((c) => {
    const key = JSON.stringify(modelOf(c.answers, c.option))
    return models.has(key) ? false : Boolean(models.add(key))
  })
  it.each(all)('$name: Terraform parses, is fmt-clean and walks clean against azurerm 5.2.0', async (c) => {
    const model = modelOf(c.answers, c.option)
    if (model.kind === 'not-generated') return
    expect(await terraformProblems(model)).toEqual([])
    expect(await clusterSideProblems(model)).toEqual([])
  })
  it.each(all)('$name: every Bicep body walks clean against the Bicep type data', (c) => {
    const model = modelOf(c.answers, c.option)
    if (model.kind === 'not-generated') return
    expect(bicepProblems(model)).toEqual([])
  })
  it('covers every identity mode the CSI options have, and says why three are not written as code', () => {
    const kinds = new Map<Auth, string>()
    for (const auth of AUTH_VALUES) {
      const m = modelOf({ ...seedAnswers(), auth }, 2)
      kinds.set(auth, m.kind === 'generated' ? (m.principals[0]?.source.kind ?? '') : `not: ${m.reason}`)
    }
    expect(kinds.get('workload')).toBe('existing')
    expect(kinds.get('uami')).toBe('addon')
    for (const auth of ['system', 'sp', 'podidentity'] as const)
      expect(kinds.get(auth)).toMatch(/^not: .*azure-setup\.sh/)
  })
})

/** The three scenarios of the "done when". */
const optionOneNew = {
  ...seedAnswers(),
  code: 'yes' as const,
  auth: 'workload' as const,
  client: '',
  objects: ALL_TYPES,
}
const optionThreeAddon = {
  ...seedAnswers(),
  auth: 'uami' as const,
  objects: [obj('db-password', { env: 'DB' })],
}
const optionTwoExisting = {
  ...seedAnswers(),
  auth: 'workload' as const,
  identity: 'existing' as const,
  objects: ALL_TYPES,
}

const generatedModel = (answers: Answers, option: OptionId): IacModel => {
  const m = modelOf(answers, option)
  if (m.kind !== 'generated') throw new Error(m.reason)
  return m
}
const tf = (answers: Answers, option: OptionId): string =>
  terraformFiles(generatedModel(answers, option))
    .map((f) => f.content)
    .join('\n')
const bicep = (answers: Answers, option: OptionId): string =>
  bicepOutput(generatedModel(answers, option))
    .files.map((f) => f.content)
    .join('\n')

describe('Terraform: what the scenarios grant', () => {
  it('option 1, new identity: the identity, a 5.x federated credential, one narrow role per object', () => {
    const t = tf(optionOneNew, 1)
    expect(t).toContain('resource "azurerm_user_assigned_identity" "app"')
    expect(t).toMatch(
      /resource "azurerm_federated_identity_credential" "app" \{[^}]*user_assigned_identity_id = azurerm_user_assigned_identity\.app\.id/,
    )
    expect(t).not.toMatch(/parent_id|enable_rbac_authorization/)
    expect(t).toContain(`subject                   = "system:serviceaccount:default:${optionOneNew.app}"`)
    expect(t).toContain('audience                  = ["api://AzureADTokenExchange"]')
    expect(t).toMatch(/"secrets\/db-password" += "Key Vault Secrets User"/)
    expect(t).toMatch(/"keys\/signing-key" += "Key Vault Reader"/)
    expect(t).toMatch(/"certificates\/tls" += "Key Vault Reader"/)
    expect(t).toContain('principal_type       = "ServicePrincipal"')
    expect(t).not.toMatch(/Administrator|Officer|Contributor|Certificate User/)
    expect(t).toContain('secret_permissions      = ["Get"]')
    expect(t).toContain('version = "~> 5.2"')
  })
  it('option 3, add-on identity: the grant goes to the add-on secret identity, read from the cluster', () => {
    const t = tf(optionThreeAddon, 3)
    expect(t).toContain(
      'principal_id         = data.azurerm_kubernetes_cluster.this.key_vault_secrets_provider[0].secret_identity[0].object_id',
    )
    expect(t).not.toContain('azurerm_user_assigned_identity')
    expect(t).not.toContain('azurerm_federated_identity_credential')
    expect(t).toContain(
      'value       = data.azurerm_kubernetes_cluster.this.key_vault_secrets_provider[0].secret_identity[0].client_id',
    )
  })
  it('add-on identity with a client ID given: the plan stops when the add-on has another', () => {
    expect(tf(optionThreeAddon, 3)).toContain(
      'self.key_vault_secrets_provider[0].secret_identity[0].client_id == var.app_client_id',
    )
    expect(tf({ ...optionThreeAddon, client: '' }, 3)).not.toContain('var.app_client_id')
  })
  it('option 2, existing identity: read by name and checked against the client ID', () => {
    const t = tf(optionTwoExisting, 2)
    expect(t).toContain('data "azurerm_user_assigned_identity" "app"')
    expect(t).toContain('condition     = self.client_id == var.app_client_id')
    expect(t).toContain(`default     = "${CLIENT}"`)
    expect(t).not.toContain('resource "azurerm_user_assigned_identity"')
  })
  it('the vault decides at plan time between role assignments and an access policy', () => {
    const t = tf(optionOneNew, 1)
    expect(t).toContain(
      'for_each             = data.azurerm_key_vault.kv.rbac_authorization_enabled ? local.app_kv_roles : {}',
    )
    expect(t).toContain(
      'count                   = data.azurerm_key_vault.kv.rbac_authorization_enabled ? 0 : 1',
    )
    expect(t).toContain(`default     = "${TENANT}"`)
  })
  it('the cluster side is a commented block to merge, never a cluster resource', () => {
    const t = tf({ ...optionThreeAddon, rotate: 'live', poll: '5m' }, 3)
    expect(t).not.toMatch(/^resource "azurerm_kubernetes_cluster"/m)
    expect(t).toContain('#     secret_rotation_interval = "5m"')
  })
})

describe('two vaults', () => {
  const twoVaults = {
    ...optionTwoExisting,
    objects: [
      obj('db-password'),
      obj('api-key', { vault: 'kv-shared' }),
      obj('tls', { type: 'cert', vault: 'kv-shared' }),
    ],
  }
  it('Terraform: a data source per vault, each checked for the tenant, and each object granted in its vault', () => {
    const t = tf(twoVaults, 2)
    expect(t).toContain('data "azurerm_key_vault" "kv" {')
    expect(t).toContain('data "azurerm_key_vault" "kv_2" {')
    expect(t.match(/self\.tenant_id == var\.tenant_id/g)).toHaveLength(2)
    expect(t).toContain('default     = "kv-aks-cloudadventures"')
    expect(t).toContain('default     = "kv-shared"')
    expect(t).toMatch(/"secrets\/db-password" += "Key Vault Secrets User"/)
    // Each vault's role assignments are scoped to its own data source and read its own objects.
    const scopes = [...t.matchAll(/scope += "\$\{data\.azurerm_key_vault\.(kv(?:_2)?)\.id\}/g)]
    expect(scopes.map((m) => m[1])).toEqual(['kv', 'kv_2'])
    const roles = (label: string) =>
      /app_\w+_roles = \{[^}]*\}/.exec(t.slice(t.indexOf(`app_${label}_roles = {`)))?.[0]
    expect(roles('kv')).toContain('secrets/db-password')
    expect(roles('kv')).not.toContain('api-key')
    expect(roles('kv_2')).toContain('secrets/api-key')
    expect(roles('kv_2')).toContain('certificates/tls')
  })
  it('Bicep: a module per vault, in its own resource group, each granting only that vault’s objects', () => {
    const out = bicepOutput(generatedModel(twoVaults, 2))
    expect(out.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['azure/key-vault-kv-access.bicep', 'azure/key-vault-kv_2-access.bicep']),
    )
    const second = out.files.find((f) => f.name === 'azure/key-vault-kv_2-access.bicep')?.content ?? ''
    expect(second).toContain("'api-key'")
    expect(second).toContain("'tls'")
    expect(second).not.toContain("'db-password'")
    const main = out.files.find((f) => f.name === 'azure/main.bicep')?.content ?? ''
    expect(main).toContain('scope: resourceGroup(kv_2VaultResourceGroup)')
  })
})

describe('Bicep: what the scenarios grant', () => {
  it('option 1, new identity: identity, batched federated credentials with the token-exchange audience', () => {
    const b = bicep(optionOneNew, 1)
    expect(b).toContain(
      "resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {",
    )
    expect(b).toMatch(/@batchSize\(1\)\nresource appFederation /)
    expect(b).toContain("'api://AzureADTokenExchange'")
    expect(b).toContain('issuer: cluster.properties.oidcIssuerProfile.issuerURL')
  })
  it('per-object role assignments with the built-in role IDs, on existing children, and nothing wider', () => {
    const b = bicep(optionOneNew, 1)
    expect(b).toContain("resource appSecret1 'Microsoft.KeyVault/vaults/secrets@2026-02-01' existing = {")
    expect(b).toContain("resource appKey2 'Microsoft.KeyVault/vaults/keys@2026-02-01' existing = {")
    expect(b).toContain('scope: appSecret1\n')
    expect(b).toContain('scope: appKey2\n')
    expect(b).toContain('scope: appCertificate3\n')
    expect(b).toContain(CERT_SCOPE_NOTE[0])
    expect(b).not.toContain('scope: vault\n')
    expect(b.match(new RegExp(ROLE_DEFINITION_ID['Key Vault Secrets User'], 'g'))?.length).toBe(2)
    expect(b.match(new RegExp(ROLE_DEFINITION_ID['Key Vault Reader'], 'g'))?.length).toBe(4)
    expect(b).toContain("principalType: 'ServicePrincipal'")
    expect(b).toMatch(/accessPolicies@2026-02-01' = if \(!usesRbac\) \{\n {2}parent: vault\n {2}name: 'add'/)
  })
  it('the add-on config of the cluster settings holds only rotation and its interval', () => {
    const b = bicep({ ...optionThreeAddon, rotate: 'live' }, 3)
    expect(b).toContain("//           enableSecretRotation: 'true'\n//           rotationPollInterval: '2m'")
  })
})

describe('the folder with IaC', () => {
  it('keeps azure-setup.sh and no IaC for the modes the IaC cannot own, and says why', () => {
    const g = generate({ ...seedAnswers(), auth: 'sp', iac: 'terraform' }, 2)
    expect(g.files.map((f) => f.name)).toContain('azure-setup.sh')
    expect(g.files.some((f) => f.name.endsWith('.tf'))).toBe(false)
    const note = g.files.find((f) => f.name === 'azure/README.md')?.content ?? ''
    expect(note).toMatch(/Terraform is not generated for this identity\. A service principal's client secret/)
    expect(note).toContain('Choose Workload Identity')
  })
  it('replaces azure-setup.sh with the IaC and apply.sh, which applies the IaC before the manifests', () => {
    const g = generate({ ...optionOneNew, iac: 'bicep' }, 1)
    const names = g.files.map((f) => f.name)
    expect(names).not.toContain('azure-setup.sh')
    expect(names).toEqual(
      expect.arrayContaining([
        'azure/main.bicep',
        'azure/key-vault-access.bicep',
        'azure/main.bicepparam',
        'apply.sh',
      ]),
    )
    const apply = g.files.find((f) => f.name === 'apply.sh')?.content ?? ''
    expect(apply.indexOf('az deployment group create')).toBeLessThan(apply.indexOf('kubectl apply'))
    expect(apply).toContain('--query properties.outputs.clientId.value -o tsv')
  })
  it('old links, without iac, keep the script and not a byte more', () => {
    const without = generate(seedAnswers(), 3)
    expect(without.files.map((f) => f.name)).toContain('azure-setup.sh')
    expect(without.files.some((f) => f.kind === 'iac')).toBe(false)
    expect(generate({ ...seedAnswers(), iac: 'cli' }, 3)).toEqual(without)
  })
})
