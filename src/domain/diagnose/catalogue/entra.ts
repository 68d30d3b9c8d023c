/**
 * Tokens: the tenant, the client ID, the node's managed identities (IMDS), and the SDK's workload identity.
 */
import { PLACEHOLDER } from '../bridge.ts'
import { GUID } from '../facts.ts'
import { facts, nameOr, q, say, sh, yaml } from '../fix.ts'
import type { Entry, MatchContext } from './entry.ts'
import { federationMismatch } from './federation.ts'

const vaultTenantCmd = (c: MatchContext) =>
  `az keyvault show -n ${q(nameOr(PLACEHOLDER.kv, c.facts.vault, c.names.vault))} --query properties.tenantId -o tsv`
const tenantYaml = (tenant: string) => yaml('spec:', '  parameters:', `    tenantID: "${tenant}"`)

const FOUND_ISSUER = new RegExp(`found https://sts\\.windows\\.net/(${GUID})`)
const MISSING_TENANT = /Tenant '([^'\s]{1,100})' not found/

const wrongTenant: Entry = {
  id: 'wrong-tenant',
  title: 'The token is for another tenant than the vault',
  weight: 84,
  // Texts: Key Vault 401 "AKV10032: Invalid issuer. Expected one of https://sts.windows.net/<vault tenant>/...,
  // found https://sts.windows.net/<token tenant>/" (https://github.com/Azure/azure-sdk-for-js/issues/12539);
  // Entra "AADSTS90002: Tenant '<id>' not found" (https://github.com/Azure/azure-cli/issues/22145).
  source: 'MicrosoftDocs/azure-docs articles/key-vault/general/rest-error-codes.md',
  needles: ['akv10032', 'aadsts90002'],
  explain: (c) => {
    const found = FOUND_ISSUER.exec(c.window)?.[1]
    const missing = MISSING_TENANT.exec(c.window)?.[1]
    return {
      cause: missing
        ? `The tenant "${missing}" given as tenantID does not exist in this cloud: a typo, or a subscription ID in its place.`
        : `The identity signs in to tenant ${found ?? 'another tenant'}, but the vault belongs to a different tenant, so Key Vault rejects the token.`,
      facts: facts(
        ['Tenant the token came from', found],
        ['Tenant not found', missing],
        ['Vault', c.facts.vault],
      ),
      fix: [
        say("Set tenantID to the vault's tenant (the identity must live in that tenant too):"),
        sh(vaultTenantCmd(c)),
        tenantYaml(nameOr(PLACEHOLDER.tenant, c.names.tenant)),
      ],
    }
  },
}

const UNKNOWN_APP =
  /Application with identifier '([^'\s]{1,100})' was not found in the directory '([^']{1,200})'/

const unknownClient: Entry = {
  id: 'unknown-client-id',
  title: 'The client ID is not known in that tenant (AADSTS700016)',
  weight: 83,
  // Text: "AADSTS700016: Application with identifier 'X' was not found in the directory 'Y'. ... You may have sent
  // your authentication request to the wrong tenant." (https://github.com/Azure/aad-pod-identity/issues/1277)
  source: 'MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md',
  needles: ['aadsts700016'],
  explain: (c) => {
    const m = UNKNOWN_APP.exec(c.window)
    const client = nameOr(PLACEHOLDER.client, m?.[1])
    const directory = m?.[2]
    const otherTenant =
      directory !== undefined &&
      c.names.tenant !== undefined &&
      directory !== c.names.tenant &&
      /^[0-9a-f-]{36}$/i.test(directory)
    return {
      cause: otherTenant
        ? `The request went to tenant ${directory}, not your tenant ${c.names.tenant}: tenantID is wrong.`
        : `No app or managed identity with client ID ${client} exists in tenant ${directory ?? 'given as tenantID'}: clientID is mistyped, is an object ID, or the identity was deleted.`,
      facts: facts(['Client ID presented', m?.[1]], ['Tenant (directory)', directory]),
      fix: [
        say("Look up the identity's client ID (not its object/principal ID) and put it in clientID:"),
        sh(
          `az identity show -g ${q(nameOr(PLACEHOLDER.rg, c.names.rg))} -n <identity-name> --query '{clientId:clientId, tenantId:tenantId}' -o table`,
        ),
        yaml(
          'spec:',
          '  parameters:',
          `    clientID: "${nameOr(PLACEHOLDER.client, c.names.client)}"`,
          `    tenantID: "${nameOr(PLACEHOLDER.tenant, c.names.tenant)}"`,
        ),
      ],
    }
  },
}

/**
 * Azure Identity's words for a workload identity credential with nothing to work with: Go azidentity
 * workload_identity.go, Python and .NET "WorkloadIdentityCredential authentication unavailable", and Node.js
 * "WorkloadIdentityCredential: is unavailable. tenantId, clientId, and federatedTokenFilePath are required
 * parameters." (Azure/azure-sdk-for-js sdk/identity/identity/src/credentials/workloadIdentityCredential.ts).
 */
const WI_UNAVAILABLE = [
  'no token file specified',
  'azure_federated_token_file variable is not set',
  'workloadidentitycredential authentication unavailable',
  'no client id specified. check pod configuration',
  'federatedtokenfilepath are required parameters',
]

/**
 * A DefaultAzureCredential listing in which workload identity was unavailable: whatever the credentials after
 * it say (IMDS answering for the node) is a symptom, since the SDK only fell through to them.
 */
export const sdkFellThrough = (window: string): boolean => {
  const lower = window.toLowerCase()
  return WI_UNAVAILABLE.some((n) => lower.includes(n))
}

const sdkNotInjected: Entry = {
  id: 'wi-pod-not-injected',
  title: 'The app has no workload identity environment',
  // Above the node identity's IMDS answers (81): in a DefaultAzureCredential listing those follow from this.
  weight: 82,
  // Texts: Azure Identity's WorkloadIdentityCredential when the webhook injected nothing:
  // Go "no token file specified. Check pod configuration or set TokenFilePath in the options"
  // (https://github.com/Azure/AppConfiguration-KubernetesProvider/issues/14), "AZURE_FEDERATED_TOKEN_FILE variable
  // is not set" (https://github.com/equinor/radix-operator/issues/1302), Python "WorkloadIdentityCredential
  // authentication unavailable", Go azidentity workload_identity.go "no client ID specified. Check pod
  // configuration or set ClientID in the options" (Azure/azure-sdk-for-go sdk/azidentity), and Node.js (above).
  // The CSI mount does not need them (shared/reference/csi-provider-azure.md 4a).
  source: 'Azure/azure-sdk-for-go sdk/azidentity/workload_identity.go',
  needles: WI_UNAVAILABLE,
  explain: (c) => {
    const sa = nameOr('<service-account>', c.names.sa)
    return {
      cause:
        'The app\'s Azure SDK looks for workload identity settings the webhook never injected: the pod lacks the label azure.workload.identity/use: "true", or its service account lacks the client-id annotation.',
      facts: facts(['Pod', c.facts.podName], ['Namespace', c.facts.podNamespace]),
      fix: [
        yaml(
          'apiVersion: v1',
          'kind: ServiceAccount',
          'metadata:',
          `  name: ${sa}`,
          `  namespace: ${nameOr('<namespace>', c.facts.podNamespace, c.names.ns)}`,
          '  annotations:',
          `    azure.workload.identity/client-id: "${nameOr(PLACEHOLDER.client, c.names.client)}"`,
          '---',
          '# in the Deployment: the label goes on the pod template, not on the Deployment',
          'spec:',
          '  template:',
          '    metadata:',
          '      labels:',
          '        azure.workload.identity/use: "true"',
          '    spec:',
          `      serviceAccountName: ${sa}`,
        ),
        say(
          'The label is read when the pod is created: restart the pods after the change (kubectl rollout restart).',
        ),
      ],
    }
  },
}

export const ENTRA_ENTRIES: Entry[] = [wrongTenant, unknownClient, federationMismatch, sdkNotInjected]
