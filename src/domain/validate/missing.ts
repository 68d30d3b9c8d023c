import type { Answers, OptionId, TextKey } from '../answers/model.ts'
import type { Resolved } from '../answers/resolve.ts'
import type { Plan } from '../plan/plan.ts'

function clientIdPurpose(option: OptionId, r: Resolved): string {
  if (option === 1 || r.auth === 'workload') {
    return (
      'The client ID (a GUID) of the managed identity federated with the service account is needed for workload ' +
      `identity; \`az identity show -g ${r.rg} -n <identity> --query clientId -o tsv\` prints it`
    )
  }
  if (r.auth === 'uami') {
    return (
      'The client ID (a GUID) of the user-assigned identity the nodes use to read the vault is needed in the ' +
      `SecretProviderClass (userAssignedIdentityID); for the AKS add-on's identity \`az aks show -g ${r.rg} -n ` +
      `${r.cluster} --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv\` prints it`
    )
  }
  if (r.auth === 'podidentity') {
    return (
      'The client ID (a GUID) of the managed identity that your AzureIdentity (aad-pod-identity) points at is ' +
      'needed: the script gives that identity read access to the vault'
    )
  }
  return (
    'The application (client) ID (a GUID) of the existing service principal is needed: the script reads it by ' +
    'this ID and stores a credential of it in the Secret the CSI driver logs in with'
  )
}

/** Values the chosen option cannot do without, keyed like the permalink. rg and cluster get placeholders. */
export function missingTextIssues(a: Answers, plan: Plan): Partial<Record<TextKey, string>> {
  const { r, option } = plan
  const where = option === 1 ? 'in the generated files' : 'in the SecretProviderClass'
  const purpose: Partial<Record<TextKey, string>> = {
    image:
      'The container image of the application is needed for the Deployment, e.g. myregistry.azurecr.io/my-app:1.0',
    kv: `The name of the Key Vault that holds the secrets is needed ${where}`,
    tenant:
      `The vault's tenant ID (a GUID) is needed ${where}; ` +
      `\`az keyvault show -n ${r.kv} --query properties.tenantId -o tsv\` prints it`,
    rg: 'The resource group of the AKS cluster is needed in azure-setup.sh (every az command names it)',
    cluster:
      'The name of the AKS cluster is needed in azure-setup.sh (to turn on the add-on and read its identity and issuer)',
    client: clientIdPurpose(option, r),
    cmd:
      "The container's start command (e.g. python app.py) is needed: option 2 starts the app through a small " +
      'wrapper that sets the environment variables from the mounted files and then runs that command',
  }
  const missing: Partial<Record<TextKey, string>> = {}
  for (const key of plan.needs) {
    const message = purpose[key]
    if (message !== undefined && a[key].trim() === '') missing[key] = message
  }
  return missing
}

/** Problems with the list of objects as a whole, or undefined. */
export function missingObjectsMessage({ r, option, envObjects, objects }: Plan): string | undefined {
  if (r.objects.length === 0 && r.ingressObjects.length === 0) {
    return 'At least one Key Vault object (a secret, key or certificate) to read is needed'
  }
  // Every object is for an Ingress only: the pod reads nothing, so there is no variable to ask for.
  if (objects.length === 0) return undefined
  if (option === 3 && envObjects.length === 0) {
    return (
      'Option 3 syncs only objects that have an environment variable name into the Kubernetes Secret; ' +
      'give at least one object an environment variable'
    )
  }
  if (option === 2 && r.reads === 'env' && envObjects.length === 0) {
    return (
      'The app reads environment variables: give each object the variable it reads, so that the start-up ' +
      'wrapper of option 2 sets it from the mounted file'
    )
  }
  return undefined
}
