import type { Auth, Lang, OptionId } from '../answers/model.ts'
import { syncedSecretName, type Resolved } from '../answers/resolve.ts'
import { ROLE } from '../azure/roles.ts'

/** The Azure SDK packages that give DefaultAzureCredential and the Key Vault secrets client. */
const SDK_PACKAGES: Record<Lang, string> = {
  python: 'azure-identity and azure-keyvault-secrets',
  dotnet: 'Azure.Identity and Azure.Security.KeyVault.Secrets',
  java: 'com.azure:azure-identity and com.azure:azure-security-keyvault-secrets',
  node: '@azure/identity and @azure/keyvault-secrets',
  go: 'azidentity and azsecrets',
}

/** The read roles the app's objects need, per type as the setup script grants them (domain/azure/roles.ts). */
function readRoles(r: Resolved): string {
  const types = [...new Set(r.objects.map((o) => o.type))]
  const roles = [...new Set((types.length > 0 ? types : (['secret'] as const)).map((t) => ROLE[t]))]
  const forWhat = (role: string) =>
    types
      .filter((t) => ROLE[t] === role)
      .map((t) => ({ secret: 'secrets', key: 'keys', cert: 'certificates' })[t])
      .join(' and ')
  return roles.length === 1
    ? (roles[0] ?? ROLE.secret)
    : roles.map((role) => `${role} for ${forWhat(role)}`).join(', ')
}

const identitySteps = (r: Resolved): string[] =>
  r.auth === 'workload'
    ? [
        `Turn on the Workload Identity webhook if it is not on yet (\`az aks update -g ${r.rg} -n ${r.cluster} --enable-workload-identity\`); the OIDC issuer is already on.`,
        `Keep the identity and the federated credential for \`system:serviceaccount:${r.ns}:${r.sa}\` that the CSI driver uses today: they already let the app read the vault.`,
      ]
    : [
        `Enable the OIDC issuer and Workload Identity on the cluster: \`az aks update -g ${r.rg} -n ${r.cluster} --enable-oidc-issuer --enable-workload-identity\`.`,
        `Create a user-assigned managed identity, give it read access to the objects it reads in the vault ${r.kv} (${readRoles(r)}, on each object), and add a federated credential for the subject \`system:serviceaccount:${r.ns}:${r.sa}\`.`,
      ]

const wiringStep = (r: Resolved): string =>
  `Annotate the service account ${r.sa} with \`azure.workload.identity/client-id\` and label the pods \`azure.workload.identity/use: "true"\`, so the Azure SDK in the app gets a token.`

const codeStep = (r: Resolved): string =>
  `Change the code to read each secret with DefaultAzureCredential and the Key Vault secrets client (${SDK_PACKAGES[r.lang]})${
    r.rotate === 'live' ? ', caching values with a time-to-live so a rotated version is picked up' : ''
  }.`

const removalStep = (r: Resolved, generated: Exclude<OptionId, 1>, wrapper: boolean): string => {
  const csi = `the CSI volume and its mount, the SecretProviderClass ${r.spc}`
  if (generated === 3)
    return `Remove ${csi}, the synced Secret ${syncedSecretName(r)} (its secretObjects) and the env vars that read it.`
  if (wrapper)
    return `Remove ${csi} and the start-up wrapper, so the container runs its own start command again.`
  return `Remove ${csi} and the file reads the code no longer needs.`
}

/** What the identity used today leaves behind once the app has its own. */
const RETIRE: Record<Exclude<Auth, 'workload'>, string> = {
  uami: 'Remove the nodes’ user-assigned managed identity’s access to the vault (its role assignment or access policy), so other pods on the nodes can no longer read it.',
  system:
    'Remove the nodes’ system-assigned identity’s access to the vault, so other pods on the nodes can no longer read it.',
  // The setup script adds the password to the application (`az ad app credential reset --append`), so it is
  // deleted there: `az ad app credential delete --id <client-id> --key-id <key-id>` (azure-cli role/_params.py).
  sp: 'Retire the service principal: delete the Kubernetes Secret holding its credential, remove its access to the vault and delete the password the setup script added to the application (`az ad app credential list --id <client-id>` shows its key id; `az ad app credential delete --id <client-id> --key-id <key-id>`).',
  podidentity:
    'Migrate off aad-pod-identity: remove the `aadpodidbinding` pod label, the AzureIdentity and AzureIdentityBinding and that identity’s access to the vault, then uninstall aad-pod-identity once no app uses it.',
}

/** The steps, in order, a team takes later to move from the generated option to option 1. */
export function roadmapToOption1(r: Resolved, generated: OptionId, wrapper: boolean): string[] {
  if (generated === 1) return []
  return [
    ...identitySteps(r),
    wiringStep(r),
    codeStep(r),
    removalStep(r, generated, wrapper),
    ...(r.auth === 'workload' ? [] : [RETIRE[r.auth]]),
  ]
}
