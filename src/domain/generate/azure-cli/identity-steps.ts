import { WORKLOAD_IDENTITY_AUDIENCE } from '../../k8s/names.ts'
import type { ScriptContext } from './context.ts'
import type { Step } from './step.ts'

/**
 * Every identity step ends with PRINCIPAL_ID set: the object id the access step grants read access to.
 * Each step reads before it writes, so a second run changes nothing and resets no credential.
 */

const oidcStep = (ctx: ScriptContext): Step => ({
  title: 'Turn on the OIDC issuer and workload identity',
  why: [
    'The OIDC issuer lets Microsoft Entra ID trust the tokens the cluster signs for service accounts.',
    ctx.option === 1
      ? 'The workload identity webhook gives labelled pods the identity the Azure SDK signs in with.'
      : ctx.eso
        ? 'External Secrets Operator only needs the issuer: it requests the service account token itself.'
        : 'The CSI driver only needs the issuer; the webhook helps if the app later uses the Azure SDK.',
    'The cluster is updated only when one of the two is off.',
  ],
  commands: [
    'OIDC_ON="$(az aks show -g "$RG" -n "$CLUSTER" --query oidcIssuerProfile.enabled -o tsv)"',
    'WORKLOAD_IDENTITY_ON="$(az aks show -g "$RG" -n "$CLUSTER" --query securityProfile.workloadIdentity.enabled -o tsv)"',
    'if [ "$OIDC_ON" != \'true\' ] || [ "$WORKLOAD_IDENTITY_ON" != \'true\' ]; then',
    '  az aks update -g "$RG" -n "$CLUSTER" --enable-oidc-issuer --enable-workload-identity -o none',
    'fi',
  ],
})

const newIdentityStep = (): Step => ({
  title: 'The managed identity the app runs as',
  why: [
    'A user-assigned managed identity has no password to store or rotate. It is created when missing; its',
    'client id replaces the placeholder in the manifests when they are applied (the files here stay as they are).',
  ],
  commands: [
    'IDENTITY_RG="$RG"',
    'if ! az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" -o none 2>/dev/null; then',
    '  az identity create -g "$IDENTITY_RG" -n "$IDENTITY_NAME" -o none',
    'fi',
    'CLIENT_ID="$(az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --query clientId -o tsv)"',
    'PRINCIPAL_ID="$(az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --query principalId -o tsv)"',
  ],
})

const existingIdentityStep = (): Step => ({
  title: 'The managed identity the app runs as',
  why: [
    'The manifests name the identity by its client id. It is looked up by that id in the current subscription,',
    'so the federated credential below goes to exactly that identity; the script stops when there is none.',
  ],
  commands: [
    'IDENTITY_NAME="$(az identity list --query "[?clientId==\'$CLIENT_ID\'] | [0].name" -o tsv)"',
    'IDENTITY_RG="$(az identity list --query "[?clientId==\'$CLIENT_ID\'] | [0].resourceGroup" -o tsv)"',
    'if [ -z "$IDENTITY_NAME" ]; then',
    '  echo "No managed identity with client id $CLIENT_ID in this subscription (az account show)." >&2',
    '  echo "Select the right subscription with az account set, or choose a new identity in the wizard." >&2',
    '  exit 1',
    'fi',
    'PRINCIPAL_ID="$(az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --query principalId -o tsv)"',
  ],
})

const federatedCredentialStep = (): Step => ({
  title: 'Trust between the identity and the service account',
  why: [
    "Entra ID gives the identity's token only for a token of exactly this cluster's issuer, namespace and",
    'service account. A pod under another service account gets AADSTS70021 (no matching federated credential).',
    'Created once; a second run finds it and leaves it alone.',
  ],
  commands: [
    'FEDERATED_NAME="${APP}-federated"',
    'if ! az identity federated-credential show --name "$FEDERATED_NAME" --identity-name "$IDENTITY_NAME" \\',
    '  -g "$IDENTITY_RG" -o none 2>/dev/null; then',
    '  AKS_OIDC_ISSUER="$(az aks show -g "$RG" -n "$CLUSTER" --query oidcIssuerProfile.issuerUrl -o tsv)"',
    '  az identity federated-credential create \\',
    '    --name "$FEDERATED_NAME" \\',
    '    --identity-name "$IDENTITY_NAME" \\',
    '    -g "$IDENTITY_RG" \\',
    '    --issuer "$AKS_OIDC_ISSUER" \\',
    '    --subject "system:serviceaccount:${NS}:${SA}" \\',
    `    --audience ${WORKLOAD_IDENTITY_AUDIENCE} \\`,
    '    -o none',
    'fi',
  ],
})

const uamiStep = (): Step => ({
  title: 'The user-assigned identity on the nodes',
  why: [
    'The provider asks the node for a token of the identity whose client id is userAssignedIdentityID.',
    'The add-on created one for this (azurekeyvaultsecretsprovider-<cluster>); the script stops unless',
    'CLIENT_ID is that identity, since another one works only if it is assigned to every node pool.',
    'Every pod on these nodes can use a node identity: workload identity is the finer-grained choice.',
  ],
  commands: [
    'ADDON_CLIENT_ID="$(az aks show -g "$RG" -n "$CLUSTER" --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv)"',
    'if [ "$CLIENT_ID" != "$ADDON_CLIENT_ID" ]; then',
    '  echo "The SecretProviderClass uses client id $CLIENT_ID, but the add-on identity is $ADDON_CLIENT_ID." >&2',
    '  echo "Enter $ADDON_CLIENT_ID in the wizard, download the files again and rerun. To use your own identity," >&2',
    '  echo "assign it to every node pool (az vmss identity assign) and delete this check." >&2',
    '  exit 1',
    'fi',
    'PRINCIPAL_ID="$(az aks show -g "$RG" -n "$CLUSTER" --query addonProfiles.azureKeyvaultSecretsProvider.identity.objectId -o tsv)"',
  ],
})

const systemStep = (): Step => ({
  title: "The nodes' system-assigned identity",
  why: [
    'AKS node pools normally have no system-assigned identity: this turns it on for the first scale set in',
    'the node resource group, when it is not on yet. Repeat for every node pool that runs the app. AKS manages',
    'these scale sets and can undo the change; every pod on the nodes can use it. Workload identity avoids both.',
  ],
  commands: [
    'NODE_RG="$(az aks show -g "$RG" -n "$CLUSTER" --query nodeResourceGroup -o tsv)"',
    'VMSS="$(az vmss list -g "$NODE_RG" --query \'[0].name\' -o tsv)"',
    'PRINCIPAL_ID="$(az vmss identity show -g "$NODE_RG" -n "$VMSS" --query principalId -o tsv 2>/dev/null || true)"',
    'if [ -z "$PRINCIPAL_ID" ]; then',
    '  az vmss identity assign -g "$NODE_RG" -n "$VMSS" -o none',
    '  PRINCIPAL_ID="$(az vmss identity show -g "$NODE_RG" -n "$VMSS" --query principalId -o tsv)"',
    'fi',
  ],
})

/**
 * `az ad app credential reset` without `--append` deletes every password of the app before it adds one
 * (Azure/azure-cli src/azure-cli/azure/cli/command_modules/role/custom.py `_reset_credential`: "if not
 * append: # Delete all existing password"); `--append` only adds. It runs only while the Kubernetes Secret
 * is missing, so a second run creates no password at all.
 */
const servicePrincipalStep = (): Step => ({
  title: 'The service principal and its secret in the cluster',
  why: [
    'The provider signs in with the client id and secret in the Kubernetes Secret that the pod volume names',
    '(nodePublishSecretRef). That secret sits in etcd and expires: renew it in time, or move to workload identity.',
    'The service principal is read by CLIENT_ID. Only while the Secret does not exist is a new password added',
    "to the app (--append keeps the app's other passwords); an existing Secret is kept as it is. The password",
    'goes straight into the Secret and never into a file.',
  ],
  commands: [
    'if ! PRINCIPAL_ID="$(az ad sp show --id "$CLIENT_ID" --query id -o tsv)"; then',
    '  echo "No service principal with application (client) id $CLIENT_ID: check it in the wizard." >&2',
    '  exit 1',
    'fi',
    'if kubectl get secret "$CREDENTIALS_SECRET" -n "$NS" -o name >/dev/null 2>&1; then',
    '  echo "Secret $CREDENTIALS_SECRET already exists in $NS: kept; no new password was created."',
    'else',
    '  CLIENT_SECRET="$(az ad app credential reset --id "$CLIENT_ID" --append \\',
    '    --display-name "akv-wizard ${NS}/${APP}" --query password -o tsv)"',
    '  kubectl create secret generic "$CREDENTIALS_SECRET" -n "$NS" \\',
    '    --from-literal clientid="$CLIENT_ID" \\',
    '    --from-literal clientsecret="$CLIENT_SECRET"',
    '  unset CLIENT_SECRET',
    'fi',
    '# Older driver versions only read Secrets that carry this label.',
    'kubectl label secret "$CREDENTIALS_SECRET" -n "$NS" secrets-store.csi.k8s.io/used=true --overwrite',
  ],
})

const podIdentityStep = (): Step => ({
  title: 'aad-pod-identity (deprecated, archived)',
  why: [
    'aad-pod-identity was deprecated in October 2022 and its project archived in October 2023: it gets no',
    'fixes any more, not even for security issues. Plan the move to workload identity.',
    'The pod carries the label aadpodidbinding=<app name>. An existing AzureIdentityBinding must have exactly',
    'that value as its selector, and point at an AzureIdentity with CLIENT_ID. The list below shows them.',
  ],
  commands: [
    "kubectl get azureidentitybindings -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,SELECTOR:.spec.selector,IDENTITY:.spec.azureIdentity' \\",
    '  || echo "No AzureIdentityBinding found: is aad-pod-identity installed?" >&2',
    'echo "The binding\'s selector must be: $APP"',
    'PRINCIPAL_ID="$(az ad sp show --id "$CLIENT_ID" --query id -o tsv)"',
  ],
})

/**
 * External Secrets Operator with ManagedIdentity asks IMDS on its node for the identity `identityId`
 * names, so that identity must be on every node: the kubelet identity is (AKS puts it on every node pool,
 * `identityProfile.kubeletidentity`), and so is the add-on's when the add-on is on.
 */
const esoNodeIdentityStep = (): Step => ({
  title: 'The user-assigned identity on the nodes',
  why: [
    'External Secrets Operator asks its node for a token of the identity whose client id is identityId in',
    "the SecretStore. The script stops unless CLIENT_ID is the nodes' kubelet identity or the Key Vault",
    "add-on's identity, the two AKS puts on every node. Every pod on these nodes can use a node identity:",
    'workload identity is the finer-grained choice.',
  ],
  commands: [
    'KUBELET_CLIENT_ID="$(az aks show -g "$RG" -n "$CLUSTER" --query identityProfile.kubeletidentity.clientId -o tsv)"',
    'ADDON_CLIENT_ID="$(az aks show -g "$RG" -n "$CLUSTER" --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv)"',
    'if [ "$CLIENT_ID" = "$KUBELET_CLIENT_ID" ]; then',
    '  PRINCIPAL_ID="$(az aks show -g "$RG" -n "$CLUSTER" --query identityProfile.kubeletidentity.objectId -o tsv)"',
    'elif [ -n "$ADDON_CLIENT_ID" ] && [ "$CLIENT_ID" = "$ADDON_CLIENT_ID" ]; then',
    '  PRINCIPAL_ID="$(az aks show -g "$RG" -n "$CLUSTER" --query addonProfiles.azureKeyvaultSecretsProvider.identity.objectId -o tsv)"',
    'else',
    '  echo "The SecretStore uses client id $CLIENT_ID, which is not on the nodes: the kubelet identity is $KUBELET_CLIENT_ID." >&2',
    '  echo "Enter $KUBELET_CLIENT_ID in the wizard (or use workload identity), download the files again and rerun." >&2',
    '  exit 1',
    'fi',
  ],
})

export function identitySteps(ctx: ScriptContext): Step[] {
  switch (ctx.auth) {
    case 'workload':
      return [
        oidcStep(ctx),
        ctx.newIdentity ? newIdentityStep() : existingIdentityStep(),
        federatedCredentialStep(),
      ]
    case 'uami':
      return [ctx.eso ? esoNodeIdentityStep() : uamiStep()]
    case 'system':
      return [systemStep()]
    case 'sp':
      return [servicePrincipalStep()]
    case 'podidentity':
      return [podIdentityStep()]
  }
}
