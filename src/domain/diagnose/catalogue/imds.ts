/**
 * The node's managed identities, as the Azure Instance Metadata Service (IMDS) answers for them when the
 * SecretProviderClass sets useVMManagedIdentity.
 */
import { PLACEHOLDER } from '../bridge.ts'
import { facts, nameOr, q, say, sh, yaml } from '../fix.ts'
import type { Entry, Explained, MatchContext } from './entry.ts'
import { sdkFellThrough } from './entra.ts'

const aksNodeRg = (c: MatchContext) =>
  `NODE_RG="$(az aks show -g ${q(nameOr(PLACEHOLDER.rg, c.names.rg))} -n ${q(nameOr(PLACEHOLDER.cluster, c.names.cluster))} --query nodeResourceGroup -o tsv)"`

/**
 * In a DefaultAzureCredential listing where workload identity was unavailable, the node's IMDS answer is what
 * the SDK fell through to: the cause is the missing workload identity (entra.ts), so no SecretProviderClass fix.
 */
function orSymptom(c: MatchContext, explained: Explained): Explained {
  if (!sdkFellThrough(c.window)) return explained
  return {
    cause:
      "The app's Azure SDK tried the node's managed identity only because its workload identity was not set up: this line follows from the missing workload identity (see that finding), not from the node.",
    facts: explained.facts,
    fix: [
      say(
        'Fix the workload identity first (the pod label azure.workload.identity/use: "true" and the service account\'s client-id annotation); this error then goes away. Nothing needs to change on the nodes.',
      ),
    ],
  }
}

const severalIdentities: Entry = {
  id: 'imds-several-identities',
  title: 'Several identities on the nodes and none chosen',
  weight: 81,
  // Text: IMDS 400 "Multiple user assigned identities exist, please specify the clientId / resourceId of the
  // identity in the token request" (https://github.com/Azure/secrets-store-csi-driver-provider-azure/issues/725).
  source: 'MicrosoftDocs/entra-docs docs/identity/managed-identities-azure-resources/how-to-use-vm-token.md',
  needles: ['multiple user assigned identities exist'],
  explain: (c) =>
    orSymptom(c, {
      cause:
        'The SecretProviderClass asks for the node identity without saying which: the node pool carries several user-assigned identities, so IMDS refuses to guess.',
      facts: facts(['Node', c.facts.node]),
      fix: [
        say(
          "Name the identity by its client ID (for the add-on's own identity: addonProfiles.azureKeyvaultSecretsProvider.identity.clientId):",
        ),
        sh(
          `az aks show -g ${q(nameOr(PLACEHOLDER.rg, c.names.rg))} -n ${q(nameOr(PLACEHOLDER.cluster, c.names.cluster))} --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv`,
        ),
        yaml(
          'spec:',
          '  parameters:',
          '    useVMManagedIdentity: "true"',
          `    userAssignedIdentityID: "${nameOr(PLACEHOLDER.client, c.names.client)}"`,
        ),
      ],
    }),
}

const identityNotOnNode: Entry = {
  id: 'imds-identity-not-assigned',
  title: 'The identity is not assigned to the node pool',
  weight: 81,
  // Text: IMDS 400 {"error":"invalid_request","error_description":"Identity not found"}
  // (https://github.com/Azure/secrets-store-csi-driver-provider-azure/issues/197); Azure Identity says
  // "The requested identity has not been assigned to this resource" (https://github.com/Azure/azure-sdk-for-python/issues/38826).
  source: 'MicrosoftDocs/entra-docs docs/identity/managed-identities-azure-resources/how-to-use-vm-token.md',
  needles: ['identity not found', 'requested identity has not been assigned to this resource'],
  accept: (c) => !c.line.toLowerCase().includes('federated'),
  explain: (c) =>
    orSymptom(c, {
      cause:
        'userAssignedIdentityID names an identity that is not assigned to the VM scale set of the node that runs the pod.',
      facts: facts(['Node', c.facts.node]),
      fix: [
        say(
          'Assign the identity to every node pool scale set (or use the add-on identity, which AKS assigns for you):',
        ),
        sh(
          aksNodeRg(c),
          'az vmss list -g "$NODE_RG" --query "[].name" -o tsv',
          `az vmss identity assign -g "$NODE_RG" -n <vmss-name> --identities "$(az identity show -g ${q(nameOr(PLACEHOLDER.rg, c.names.rg))} -n <identity-name> --query id -o tsv)"`,
        ),
      ],
    }),
}

export const IMDS_ENTRIES: Entry[] = [severalIdentities, identityNotOnNode]
