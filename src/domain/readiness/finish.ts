import type { Plan } from '../plan/plan.ts'
import type { FieldIssue } from '../validate/types.ts'

/** One value still missing from the files, as the "Finish" line names it, with the command that prints it. */
export interface FinishStep {
  /** The permalink key of the answer (`o` for the objects). */
  key: string
  /** Its name in the "Finish" line: a word or two ("tenant", "client ID"). */
  label: string
  /**
   * A command whose output is the value, with the names already given (the others as `<placeholders>`);
   * undefined where only the team knows it (the app's start command, which objects it reads).
   */
  command?: string
}

// Each command below cites where its query path comes from. `-o tsv` prints a queried value bare, one per
// line for a list (https://learn.microsoft.com/cli/azure/format-output-azure-cli#tsv-output-format).

const LABELS: Record<string, string> = {
  app: 'app name',
  image: 'image',
  kv: 'vault',
  tenant: 'tenant',
  client: 'client ID',
  rg: 'resource group',
  cluster: 'cluster',
  cmd: 'start command',
  o: 'objects',
}

/** An object row's missing value (`o[2]`: its name): "object 2". */
const labelOfObject = (key: string): string => {
  const row = /^o\[(\d+)\]$/.exec(key)?.[1]
  return row === undefined ? key : `object ${row}`
}

/** The command that prints the client ID the files need, by the identity that reads the vault. */
function clientCommand({ option, r }: Plan): string | undefined {
  // A managed identity's client ID: MS Learn, "Deploy and configure workload identity on an AKS cluster"
  // (https://learn.microsoft.com/azure/aks/workload-identity-deploy-cluster, USER_ASSIGNED_CLIENT_ID;
  // ../shared/reference/csi-provider-azure.md §4a). aad-pod-identity's AzureIdentity names one too.
  if (option === 1 || r.auth === 'workload' || r.auth === 'podidentity')
    return `az identity show -g ${r.rg} -n <identity-name> --query clientId -o tsv`
  // The add-on's identity: MS Learn, "Provide an identity to access the Azure Key Vault provider for Secrets
  // Store CSI Driver", user-assigned managed identity
  // (https://learn.microsoft.com/azure/aks/csi-secrets-store-identity-access; reference §4b).
  if (r.auth === 'uami')
    return `az aks show -g ${r.rg} -n ${r.cluster} --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv`
  // A service principal's application (client) ID is its appId: Microsoft Graph servicePrincipal resource
  // (https://learn.microsoft.com/graph/api/resources/serviceprincipal).
  if (r.auth === 'sp')
    return 'az ad sp list --display-name <service-principal-name> --query "[].appId" -o tsv'
  return undefined
}

function commandFor(key: string, answers: { kv: string; rg: string }, plan: Plan): string | undefined {
  const { r } = plan
  const rg = answers.rg.trim() !== ''
  switch (key) {
    case 'tenant':
      // Once the vault is named, its own tenant: Key Vault REST API, Vaults - Get, properties.tenantId
      // (https://learn.microsoft.com/rest/api/keyvault/keyvault/vaults/get), the command MS Learn's CSI driver
      // guide gives for tenantID (reference §4a). Before, the signed-in subscription's: `az account show`
      // prints tenantId (azure-cli src/azure-cli-core/azure/cli/core/_profile.py, _TENANT_ID = 'tenantId'),
      // the vault's unless the vault lives in another tenant.
      return answers.kv.trim() !== ''
        ? `az keyvault show -n ${r.kv} --query properties.tenantId -o tsv`
        : 'az account show --query tenantId -o tsv'
    case 'client':
      return clientCommand(plan)
    // az adds resourceGroup to what it lists, from each resource's id (azure-cli
    // src/azure-cli-core/azure/cli/core/commands/transform.py, _add_resource_group); name is the ARM
    // resource's (https://learn.microsoft.com/rest/api/aks/managed-clusters/list).
    case 'rg':
      return 'az aks list --query "[].[name, resourceGroup]" -o tsv'
    case 'cluster':
      return rg
        ? `az aks list -g ${r.rg} --query "[].name" -o tsv`
        : 'az aks list --query "[].[name, resourceGroup]" -o tsv'
    // https://learn.microsoft.com/rest/api/keyvault/keyvault/vaults/list-by-resource-group (name).
    case 'kv':
      return rg
        ? `az keyvault list -g ${r.rg} --query "[].name" -o tsv`
        : 'az keyvault list --query "[].name" -o tsv'
    // The image of a Deployment that already runs, by kubectl's JSONPath over the pod template
    // (https://kubernetes.io/docs/reference/kubectl/jsonpath/).
    case 'image':
      return `kubectl get deployment ${r.app} -n ${r.ns} -o jsonpath='{.spec.template.spec.containers[*].image}'`
    default:
      return undefined
  }
}

/**
 * The values still missing, in the order the form asks them, one step each: the "Finish" line above the
 * files and the summary's count read this, so the page counts values (not placeholders) in one place.
 */
export function finishSteps(
  missing: readonly FieldIssue[],
  plan: Plan,
  answers: { kv: string; rg: string },
): FinishStep[] {
  const keys = [...new Set(missing.map((issue) => issue.key))]
  return keys.map((key) => {
    const command = commandFor(key, answers, plan)
    return { key, label: LABELS[key] ?? labelOfObject(key), ...(command ? { command } : {}) }
  })
}
