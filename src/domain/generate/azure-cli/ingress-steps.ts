import type { Step } from './step.ts'

const AKS = 'az aks show -g "$RG" -n "$CLUSTER"'

/**
 * Certificates for an Ingress only: the AKS application routing add-on serves them from Key Vault
 * (learn.microsoft.com/azure/aks/app-routing-dns-ssl, "Enable Azure Key Vault integration":
 * `az aks approuting update --resource-group <rg> --name <cluster> --enable-kv --attach-kv <vault id>`).
 * What az does (Azure/azure-cli src/azure-cli/azure/cli/command_modules/acs/managed_cluster_decorator.py):
 * - `approuting enable` fails with "App Routing is already enabled." when it is on (update_app_routing_profile);
 * - `--enable-kv` turns the Key Vault secrets provider add-on on when it is off (_enable_keyvault_secret_provider_addon);
 * - `--attach-kv` gives the add-on's identity (ingressProfile.webAppRouting.identity) "Key Vault Secrets User"
 *   on the vault when it uses Azure RBAC, else an access policy with get on secrets and certificates
 *   (postprocessing_after_mc_created).
 * Each is read first, so a second run changes nothing. KV_ID and KV_SUBSCRIPTION come from the vault step.
 */
export const appRoutingStep = (): Step => ({
  title: 'Serve the Ingress certificates with the application routing add-on',
  why: [
    'The add-on runs a managed nginx Ingress controller (IngressClass webapprouting.kubernetes.azure.com). For',
    'each Ingress that names a Key Vault certificate it makes the TLS Secret keyvault-<Ingress name> and',
    'keeps it current, with its own identity: no pod of the app mounts the certificate.',
    'It is turned on when it is off. `az aks approuting update --enable-kv --attach-kv` gives its identity',
    '"Key Vault Secrets User" on the whole vault (an RBAC vault) or get on secrets and certificates (access',
    'policies); it runs only when that access is missing.',
  ],
  commands: [
    `APP_ROUTING_ENABLED="$(${AKS} --query ingressProfile.webAppRouting.enabled -o tsv)"`,
    'if [ "$APP_ROUTING_ENABLED" != \'true\' ]; then',
    '  az aks approuting enable -g "$RG" -n "$CLUSTER" -o none',
    'fi',
    `APP_ROUTING_PRINCIPAL_ID="$(${AKS} --query ingressProfile.webAppRouting.identity.objectId -o tsv)"`,
    'if [ "$(az keyvault show -n "$KV" --subscription "$KV_SUBSCRIPTION" \\',
    "  --query properties.enableRbacAuthorization -o tsv)\" = 'true' ]; then",
    '  APP_ROUTING_ACCESS="$(az role assignment list --role \'Key Vault Secrets User\' --scope "$KV_ID" \\',
    '    --query "length([?principalId==\'$APP_ROUTING_PRINCIPAL_ID\'])" -o tsv)"',
    'else',
    '  APP_ROUTING_ACCESS=0',
    '  for CATEGORY in secrets certificates; do',
    '    if az keyvault show -n "$KV" --subscription "$KV_SUBSCRIPTION" \\',
    '      --query "properties.accessPolicies[?objectId==\'$APP_ROUTING_PRINCIPAL_ID\'] | [0].permissions.$CATEGORY" \\',
    "      -o tsv | tr '[:upper:]' '[:lower:]' | tr -s '[:blank:]' '\\n' | grep -qx get; then",
    '      APP_ROUTING_ACCESS=$((APP_ROUTING_ACCESS + 1))',
    '    fi',
    '  done',
    '  # Both categories are needed; one of two is as good as none.',
    '  if [ "$APP_ROUTING_ACCESS" -lt 2 ]; then APP_ROUTING_ACCESS=0; fi',
    'fi',
    'if [ "$APP_ROUTING_ACCESS" = 0 ]; then',
    '  az aks approuting update -g "$RG" -n "$CLUSTER" --enable-kv --attach-kv "$KV_ID" -o none',
    'fi',
  ],
})
