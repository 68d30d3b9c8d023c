import { parse } from '@cdktf/hcl2json'
import { describe, expect, it } from 'vitest'
import { bx } from '../../domain/generate/iac/bicep/serialise.ts'
import { walkTerraform } from './azurerm-walk.ts'
import { loadBicepTypes, walkBicepBody } from './bicep-walk.ts'

// The walkers must find what they are there to find: each mistake below is one public samples make.

const problemsOf = async (hcl: string): Promise<string[]> => walkTerraform(await parse('t.tf', hcl))

describe('the azurerm 5.2.0 schema walk', () => {
  it('finds the 4.x federated credential (parent_id, resource_group_name) and a missing required argument', async () => {
    const p = await problemsOf(`
resource "azurerm_federated_identity_credential" "x" {
  name                = "x"
  resource_group_name = "rg"
  parent_id           = "id"
  issuer              = "https://issuer"
  subject             = "system:serviceaccount:ns:sa"
  audience            = ["api://AzureADTokenExchange", "second"]
}`)
    expect(p).toEqual(
      expect.arrayContaining([
        'azurerm_federated_identity_credential.x: unknown argument resource_group_name',
        'azurerm_federated_identity_credential.x: unknown argument parent_id',
        'azurerm_federated_identity_credential.x: missing required argument user_assigned_identity_id',
        'azurerm_federated_identity_credential.x.audience: 2 items, at most 1',
      ]),
    )
  })
  it('finds a computed-only attribute set, a 4.x attribute read, and a wrong nesting', async () => {
    const p = await problemsOf(`
data "azurerm_key_vault" "kv" {
  name                = "kv"
  resource_group_name = "rg"
}
resource "azurerm_kubernetes_cluster" "c" {
  oidc_issuer_url = "https://x"
  key_vault_secrets_provider = true
}
resource "azurerm_role_assignment" "r" {
  count        = data.azurerm_key_vault.kv.enable_rbac_authorization ? 1 : 0
  scope        = data.azurerm_key_vault.kv.id
  principal_id = "p"
}`)
    expect(p).toEqual(
      expect.arrayContaining([
        'azurerm_kubernetes_cluster.c: oidc_issuer_url is computed only, it cannot be set',
        'azurerm_kubernetes_cluster.c: key_vault_secrets_provider must be a block',
        'reference data.azurerm_key_vault.kv.enable_rbac_authorization: no attribute enable_rbac_authorization',
        'azurerm_role_assignment.r: exactly one of role_definition_id and role_definition_name',
      ]),
    )
  })
  it('finds the cross-field rules: both role fields, a bad principal_type, lower-case permissions', async () => {
    const p = await problemsOf(`
resource "azurerm_role_assignment" "r" {
  scope                = "s"
  principal_id         = "p"
  role_definition_id   = "id"
  role_definition_name = "Key Vault Reader"
  principal_type       = "ManagedIdentity"
}
resource "azurerm_key_vault_access_policy" "p" {
  key_vault_id       = "v"
  tenant_id          = "t"
  object_id          = "o"
  secret_permissions = ["get"]
}`)
    expect(p.sort()).toEqual([
      'azurerm_key_vault_access_policy.p.secret_permissions: get is not a permission (they are capitalised: Backup)',
      'azurerm_role_assignment.r: exactly one of role_definition_id and role_definition_name',
      'azurerm_role_assignment.r: principal_type ManagedIdentity is not User, Group or ServicePrincipal',
    ])
  })
})

describe('the Bicep type walk', () => {
  const types = loadBicepTypes()
  it('finds a misspelt property, a read-only one set, a wrong type and a missing required one', () => {
    expect(
      walkBicepBody(
        types,
        'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30',
        {
          name: 'x',
          properties: { audience: ['api://AzureADTokenExchange'], issuer: bx('i'), subject: 7 },
        },
      ),
    ).toEqual(
      [
        "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30: 'x' does not match ^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$",
        'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30.properties: FederatedIdentityCredentialProperties has no property audience',
        'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30.properties.subject: 7 is not a string',
        'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30.properties: missing required audiences',
      ].map((p) => p.replace(/^(\S+?)@2024-11-30: /, '$1@2024-11-30.name: ')),
    )
  })
  it('finds a read-only property set on the cluster', () => {
    const p = walkBicepBody(
      types,
      'Microsoft.ContainerService/managedClusters@2026-05-01',
      { properties: { oidcIssuerProfile: { enabled: true, issuerURL: 'https://x' } } },
      { partial: true },
    )
    expect(p).toEqual([
      'Microsoft.ContainerService/managedClusters@2026-05-01.properties.oidcIssuerProfile.issuerURL: read-only',
    ])
  })
})
