import { WORKLOAD_IDENTITY_AUDIENCE } from '../../k8s/names.ts'
import { connectStep } from './cluster-steps.ts'
import type { ScriptContext } from './context.ts'
import { OWNER_TAG } from './names.ts'
import type { Step } from './step.ts'

/**
 * The identity comes in two parts. The look-ups (identityLookupSteps) run before the script changes anything,
 * so a wrong client ID, a missing service principal or another app's identity stops it with nothing changed.
 * The changes (identitySteps) end with PRINCIPAL_ID set: the object id the access step grants read access to.
 * Each change reads before it writes, so a second run changes nothing and resets no credential.
 */

const AKS = 'az aks show -g "$RG" -n "$CLUSTER"'
const KUBELET = 'identityProfile.kubeletidentity'
const ADDON_IDENTITY = 'addonProfiles.azureKeyvaultSecretsProvider.identity'

const existingIdentityLookup = (): Step => ({
  title: 'Find the managed identity the app runs as',
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
  ],
})

/**
 * An identity with the new identity's name may exist already: one this script created for this app on an
 * earlier run (it carries the owner tag), or another app's. Only the first is reused.
 */
const newIdentityLookup = (): Step => ({
  title: 'Check the name of the managed identity to create',
  why: [
    `An identity the script creates carries the tag ${OWNER_TAG}=<namespace>/<app>. One with this name that`,
    'lacks the tag, or names another app, belongs to someone else: the script stops rather than give it',
    'access to the vault. To use an existing identity on purpose, give its client id in the wizard.',
  ],
  commands: [
    'IDENTITY_RG="$RG"',
    'IDENTITY_EXISTS="$(az identity list -g "$IDENTITY_RG" --query "length([?name==\'$IDENTITY_NAME\'])" -o tsv)"',
    'if [ "$IDENTITY_EXISTS" != 0 ]; then',
    `  IDENTITY_OWNER="$(az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --query 'tags."${OWNER_TAG}"' -o tsv)"`,
    '  if [ "$IDENTITY_OWNER" != "$NS/$APP" ]; then',
    `    echo "Identity $IDENTITY_NAME in $IDENTITY_RG exists and is not this app's (tag ${OWNER_TAG}: '$IDENTITY_OWNER')." >&2`,
    '    echo "To use it anyway, choose an existing identity in the wizard and give its client id." >&2',
    '    exit 1',
    '  fi',
    'fi',
  ],
})

const newIdentityStep = (): Step => ({
  title: 'The managed identity the app runs as',
  why: [
    'A user-assigned managed identity has no password to store or rotate. It is created when missing, tagged',
    "as this app's; its client id replaces the placeholder in the manifests when they are applied (the files",
    'here stay as they are).',
  ],
  commands: [
    'if [ "$IDENTITY_EXISTS" = 0 ]; then',
    `  az identity create -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --tags "${OWNER_TAG}=$NS/$APP" -o none`,
    'fi',
    'CLIENT_ID="$(az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --query clientId -o tsv)"',
    'PRINCIPAL_ID="$(az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --query principalId -o tsv)"',
  ],
})

const existingPrincipal = (): Step => ({
  title: "The managed identity's principal",
  why: ['The access step below grants read access to this object id.'],
  commands: [
    'PRINCIPAL_ID="$(az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --query principalId -o tsv)"',
  ],
})

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
    `OIDC_ON="$(${AKS} --query oidcIssuerProfile.enabled -o tsv)"`,
    `WORKLOAD_IDENTITY_ON="$(${AKS} --query securityProfile.workloadIdentity.enabled -o tsv)"`,
    'if [ "$OIDC_ON" != \'true\' ] || [ "$WORKLOAD_IDENTITY_ON" != \'true\' ]; then',
    '  az aks update -g "$RG" -n "$CLUSTER" --enable-oidc-issuer --enable-workload-identity -o none',
    'fi',
  ],
})

/**
 * Entra ID matches issuer, subject and audience exactly (AADSTS70021 otherwise), so a credential is kept only
 * when all three are this cluster's and service account's. `az identity federated-credential update` sets
 * --issuer, --subject and --audiences of a credential that exists (Azure/azure-cli
 * command_modules/identity/aaz/latest/identity/federated_credential/_update.py); create takes the same flags.
 */
const federatedCredentialStep = (): Step => ({
  title: 'Trust between the identity and the service account',
  why: [
    "Entra ID gives the identity's token only for a token of exactly this cluster's issuer, namespace and",
    'service account. A pod under another service account gets AADSTS70021 (no matching federated credential).',
    'A credential with exactly this issuer, subject and audience is kept, whatever its name. Otherwise the',
    'credential named for this cluster, namespace and service account is created, or updated when the cluster',
    'was re-created with a new issuer. Another namespace or cluster gets its own (an identity holds up to 20).',
  ],
  commands: [
    `AKS_OIDC_ISSUER="$(${AKS} --query oidcIssuerProfile.issuerUrl -o tsv)"`,
    'SUBJECT="system:serviceaccount:${NS}:${SA}"',
    'MATCHING="$(az identity federated-credential list --identity-name "$IDENTITY_NAME" -g "$IDENTITY_RG" \\',
    `  --query "[?issuer=='$AKS_OIDC_ISSUER' && subject=='$SUBJECT' && contains(audiences, '${WORKLOAD_IDENTITY_AUDIENCE}')] | [0].name" -o tsv)"`,
    'if [ -z "$MATCHING" ]; then',
    '  if az identity federated-credential show --name "$FEDERATED_NAME" --identity-name "$IDENTITY_NAME" \\',
    '    -g "$IDENTITY_RG" -o none 2>/dev/null; then',
    '    FEDERATED_ACTION=update',
    '  else',
    '    FEDERATED_ACTION=create',
    '  fi',
    '  az identity federated-credential "$FEDERATED_ACTION" \\',
    '    --name "$FEDERATED_NAME" \\',
    '    --identity-name "$IDENTITY_NAME" \\',
    '    -g "$IDENTITY_RG" \\',
    '    --issuer "$AKS_OIDC_ISSUER" \\',
    '    --subject "$SUBJECT" \\',
    `    --audiences ${WORKLOAD_IDENTITY_AUDIENCE} \\`,
    '    -o none',
    'fi',
  ],
})

/** Inside an `if`: CLIENT_ID must be the add-on identity, whose object id becomes PRINCIPAL_ID. */
const addonIdentityCheck = [
  `  ADDON_CLIENT_ID="$(${AKS} --query ${ADDON_IDENTITY}.clientId -o tsv)"`,
  '  if [ "$CLIENT_ID" != "$ADDON_CLIENT_ID" ]; then',
  '    echo "The SecretProviderClass uses client id $CLIENT_ID, which is neither the kubelet identity" >&2',
  '    echo "($KUBELET_CLIENT_ID) nor the add-on identity ($ADDON_CLIENT_ID). Enter one of them in the wizard," >&2',
  '    echo "download the files again and rerun." >&2',
  '    exit 1',
  '  fi',
  `  PRINCIPAL_ID="$(${AKS} --query ${ADDON_IDENTITY}.objectId -o tsv)"`,
]

/**
 * Two user-assigned identities sit on every AKS node and can be named in userAssignedIdentityID: the kubelet
 * identity (identityProfile.kubeletidentity, which AKS creates in the node resource group: learn.microsoft.com
 * azure/aks/use-managed-identity) and the add-on's (azurekeyvaultsecretsprovider-<cluster>, which exists only
 * while the add-on is on: learn.microsoft.com azure/aks/csi-secrets-store-driver).
 */
const uamiLookup = (): Step => ({
  title: 'Check the user-assigned identity on the nodes',
  why: [
    'The provider asks the node for a token of the identity whose client id is userAssignedIdentityID. AKS',
    'puts two on every node: the kubelet identity, and the add-on identity (azurekeyvaultsecretsprovider-',
    '<cluster>) while the add-on is on. CLIENT_ID must be one of them; another one works only if assigned to',
    'every scale set in the node resource group, which AKS does not support changing. Every pod on these',
    'nodes can use a node identity: workload identity is the finer-grained choice.',
  ],
  commands: [
    "PRINCIPAL_ID=''",
    `KUBELET_CLIENT_ID="$(${AKS} --query ${KUBELET}.clientId -o tsv)"`,
    `ADDON_ENABLED="$(${AKS} --query addonProfiles.azureKeyvaultSecretsProvider.enabled -o tsv)"`,
    'if [ "$CLIENT_ID" = "$KUBELET_CLIENT_ID" ]; then',
    `  PRINCIPAL_ID="$(${AKS} --query ${KUBELET}.objectId -o tsv)"`,
    'elif [ "$ADDON_ENABLED" = \'true\' ]; then',
    ...addonIdentityCheck,
    'fi',
  ],
})

/** With the add-on off at the start, its identity exists only now: the check the look-up could not make. */
const uamiAfterAddon = (): Step => ({
  title: 'The add-on identity, now that the add-on is on',
  why: [
    'The add-on was off when the script started, so its identity did not exist yet: CLIENT_ID is checked',
    'against it now. Nothing below runs when it differs.',
  ],
  commands: ['if [ -z "$PRINCIPAL_ID" ]; then', ...addonIdentityCheck, 'fi'],
})

/**
 * AKS node pools have no system-assigned identity, and the scale sets live in the node resource group, which
 * AKS manages: "Changes made directly to resources in the node resource group can affect cluster operations"
 * and node resource group lockdown denies them (learn.microsoft.com azure/aks/node-resource-group-lockdown).
 * The script changes nothing there and points to the kubelet identity, which AKS puts on every node.
 */
const systemStep = (): Step => ({
  title: "The nodes' system-assigned identity: use the kubelet identity instead",
  why: [
    'AKS node pools have no system-assigned identity, and giving their scale sets one means editing the node',
    'resource group, which AKS manages: it is unsupported, can be undone by AKS, covers only the scale sets',
    'of today, and is refused under node resource group lockdown. The script stops before changing anything.',
    'The kubelet identity is on every node already: choose "User-assigned managed identity" in the wizard',
    'with its client id, shown below. Workload identity is finer-grained still.',
  ],
  commands: [
    `KUBELET_CLIENT_ID="$(${AKS} --query ${KUBELET}.clientId -o tsv)"`,
    'echo "A system-assigned node identity is not supported on AKS: nothing was changed." >&2',
    'echo "Choose \\"User-assigned managed identity\\" in the wizard with the kubelet identity\'s client id" >&2',
    'echo "$KUBELET_CLIENT_ID (or choose Workload Identity), download the files again and rerun." >&2',
    'exit 1',
  ],
})

const servicePrincipalLookup = (): Step => ({
  title: 'Find the service principal',
  why: ['The service principal is read by CLIENT_ID; the script stops when there is none.'],
  commands: [
    'if ! PRINCIPAL_ID="$(az ad sp show --id "$CLIENT_ID" --query id -o tsv)"; then',
    '  echo "No service principal with application (client) id $CLIENT_ID: check it in the wizard." >&2',
    '  exit 1',
    'fi',
  ],
})

/**
 * `az ad app credential reset` without `--append` deletes every password of the app before it adds one
 * (Azure/azure-cli src/azure-cli/azure/cli/command_modules/role/custom.py `_reset_credential`: "if not
 * append: # Delete all existing password"); `--append` only adds, `--years` (default 1) sets when it expires.
 * Its output holds no key id, so `az ad app credential list` reads the new one's keyId and endDateTime by its
 * display name; `az ad app credential delete --key-id` removes one password (`_delete_credential`).
 * Whether the Secret exists was read before the first change (servicePrincipalSecretLookup).
 */
const servicePrincipalStep = (): Step => ({
  title: "The service principal's secret in the cluster",
  why: [
    'The provider signs in with the client id and secret in the Kubernetes Secret that the pod volume names',
    '(nodePublishSecretRef). That secret sits in etcd and expires: renew it in time, or move to workload identity.',
    'Only when the Secret is known to be absent is a new password added to the app (--append keeps its other',
    'passwords); an existing Secret is kept, and a cluster that cannot be read stops the script. The password',
    'reaches kubectl on its standard input: never in a command line or a file. The script prints when it',
    'expires and how to renew it.',
  ],
  commands: [
    'CREDENTIAL_NAME="akv-wizard ${NS}/${APP}"',
    'if [ -n "$EXISTING_SECRET" ]; then',
    '  echo "Secret $CREDENTIALS_SECRET already exists in $NS: kept; no new password was created."',
    'else',
    '  CLIENT_SECRET="$(az ad app credential reset --id "$CLIENT_ID" --append --years 1 \\',
    '    --display-name "$CREDENTIAL_NAME" --query password -o tsv)"',
    '  KEY_ID="$(az ad app credential list --id "$CLIENT_ID" \\',
    '    --query "[?displayName==\'$CREDENTIAL_NAME\'] | [-1].keyId" -o tsv)"',
    '  END_DATE="$(az ad app credential list --id "$CLIENT_ID" \\',
    '    --query "[?displayName==\'$CREDENTIAL_NAME\'] | [-1].endDateTime" -o tsv)"',
    '  if ! printf \'%s\' "$CLIENT_SECRET" | kubectl create secret generic "$CREDENTIALS_SECRET" -n "$NS" \\',
    '    --from-literal clientid="$CLIENT_ID" --from-file clientsecret=/dev/stdin; then',
    '    unset CLIENT_SECRET',
    '    az ad app credential delete --id "$CLIENT_ID" --key-id "$KEY_ID"',
    '    echo "The Secret could not be created: the new password was deleted again. Rerun when kubectl works." >&2',
    '    exit 1',
    '  fi',
    '  unset CLIENT_SECRET',
    '  cat <<EOF',
    'A new password (key id $KEY_ID) of app $CLIENT_ID is in Secret $CREDENTIALS_SECRET; it expires $END_DATE.',
    'Renew it before then: add a password, replace the Secret, then delete the old one:',
    '  NEW="\\$(az ad app credential reset --id $CLIENT_ID --append --years 1 --display-name \'$CREDENTIAL_NAME\' --query password -o tsv)"',
    '  printf \'%s\' "\\$NEW" | kubectl create secret generic $CREDENTIALS_SECRET -n $NS --from-literal clientid=$CLIENT_ID \\\\',
    '    --from-file clientsecret=/dev/stdin --dry-run=client -o yaml | kubectl apply -f -',
    '  az ad app credential delete --id $CLIENT_ID --key-id $KEY_ID',
    'EOF',
    'fi',
    '# Older driver versions only read Secrets that carry this label.',
    'kubectl label secret "$CREDENTIALS_SECRET" -n "$NS" secrets-store.csi.k8s.io/used=true --overwrite',
  ],
})

/**
 * `kubectl get secret --ignore-not-found` exits 0 with no output only when the Secret is absent (a namespace
 * that does not exist yet included), so a cluster that does not answer stops the script before it changes
 * anything and before a password is made.
 */
const servicePrincipalSecretLookup = (): Step => ({
  title: "Check for the service principal's Secret in the cluster",
  why: ['A new password is made later only when this Secret is known to be absent, not merely unreadable.'],
  commands: [
    'if ! EXISTING_SECRET="$(kubectl get secret "$CREDENTIALS_SECRET" -n "$NS" --ignore-not-found -o name)"; then',
    '  echo "Could not read Secret $CREDENTIALS_SECRET in $NS (above): nothing was changed and no password was" >&2',
    '  echo "created. Rerun when kubectl reaches the cluster." >&2',
    '  exit 1',
    'fi',
  ],
})

const podIdentityLookup = (): Step => ({
  title: 'Find the identity the AzureIdentity points at',
  why: ['It is read by CLIENT_ID; the script stops when there is none.'],
  commands: [
    'if ! PRINCIPAL_ID="$(az ad sp show --id "$CLIENT_ID" --query id -o tsv)"; then',
    '  echo "No identity with client id $CLIENT_ID: check it in the wizard." >&2',
    '  exit 1',
    'fi',
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
  ],
})

/** The look-ups that can stop the script, run before its first change. */
export function identityLookupSteps(ctx: ScriptContext): Step[] {
  switch (ctx.auth) {
    case 'workload':
      return [ctx.newIdentity ? newIdentityLookup() : existingIdentityLookup()]
    case 'uami':
      return [uamiLookup()]
    case 'system':
      return [systemStep()]
    case 'sp':
      return [servicePrincipalLookup(), connectStep(), servicePrincipalSecretLookup()]
    case 'podidentity':
      return [podIdentityLookup()]
  }
}

/** The identity's changes, after the cluster step (and the add-on, which creates the add-on identity). */
export function identitySteps(ctx: ScriptContext): Step[] {
  switch (ctx.auth) {
    case 'workload':
      return [
        oidcStep(ctx),
        ctx.newIdentity ? newIdentityStep() : existingPrincipal(),
        federatedCredentialStep(),
      ]
    case 'uami':
      return [uamiAfterAddon()]
    case 'system':
      return []
    case 'sp':
      return [servicePrincipalStep()]
    case 'podidentity':
      return [podIdentityStep()]
  }
}
