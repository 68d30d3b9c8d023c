import { WORKLOAD_IDENTITY_AUDIENCE } from '../../k8s/names.ts'
import type { ScriptContext } from './context.ts'
import type { Step } from './step.ts'

/** Every identity step ends with PRINCIPAL_ID set: the object id the access step grants read access to. */

function workloadIdentitySteps(ctx: ScriptContext): Step[] {
  return [
    {
      title: 'Turn on the OIDC issuer and workload identity',
      why: [
        'The OIDC issuer lets Microsoft Entra ID trust the tokens the cluster signs for service accounts.',
        ctx.option === 1
          ? 'The workload identity webhook gives labelled pods the identity the Azure SDK signs in with.'
          : 'The CSI driver only needs the issuer; the webhook helps if the app later uses the Azure SDK.',
        'Running it again changes nothing when both are on already.',
      ],
      commands: ['az aks update -g "$RG" -n "$CLUSTER" --enable-oidc-issuer --enable-workload-identity'],
    },
    {
      title: 'The managed identity the app runs as',
      why: [
        'A user-assigned managed identity has no password to store or rotate. The manifests name it by its',
        'client id, so the script stops here when the identity and the manifests disagree.',
      ],
      commands: [
        'if ! az identity show -g "$RG" -n "$IDENTITY_NAME" -o none 2>/dev/null; then',
        '  az identity create -g "$RG" -n "$IDENTITY_NAME" -o none',
        'fi',
        'IDENTITY_CLIENT_ID="$(az identity show -g "$RG" -n "$IDENTITY_NAME" --query clientId -o tsv)"',
        'PRINCIPAL_ID="$(az identity show -g "$RG" -n "$IDENTITY_NAME" --query principalId -o tsv)"',
        'if [ "$IDENTITY_CLIENT_ID" != "$CLIENT_ID" ]; then',
        '  echo "The manifests use client id $CLIENT_ID, but identity $IDENTITY_NAME has $IDENTITY_CLIENT_ID." >&2',
        '  echo "Enter $IDENTITY_CLIENT_ID as the client id in the wizard, download the files again and rerun." >&2',
        '  exit 1',
        'fi',
      ],
    },
    {
      title: 'Trust between the identity and the service account',
      why: [
        "Entra ID gives the identity's token only for a token of exactly this cluster's issuer, namespace and",
        'service account. A pod under another service account gets AADSTS70021 (no matching federated credential).',
      ],
      commands: [
        'AKS_OIDC_ISSUER="$(az aks show -g "$RG" -n "$CLUSTER" --query oidcIssuerProfile.issuerUrl -o tsv)"',
        'az identity federated-credential create \\',
        '  --name "${APP}-federated" \\',
        '  --identity-name "$IDENTITY_NAME" \\',
        '  -g "$RG" \\',
        '  --issuer "$AKS_OIDC_ISSUER" \\',
        '  --subject "system:serviceaccount:${NS}:${SA}" \\',
        `  --audience ${WORKLOAD_IDENTITY_AUDIENCE} \\`,
        '  -o none',
      ],
    },
  ]
}

const uamiStep = (): Step => ({
  title: 'The user-assigned identity on the nodes',
  why: [
    'The provider asks the node for a token of the identity whose client id is userAssignedIdentityID.',
    'The add-on created one for this (azurekeyvaultsecretsprovider-<cluster>); its client id is read below.',
    'Every pod on these nodes can use a node identity: workload identity is the finer-grained choice.',
  ],
  commands: [
    'ADDON_CLIENT_ID="$(az aks show -g "$RG" -n "$CLUSTER" --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv)"',
    'if [ "$CLIENT_ID" != "$ADDON_CLIENT_ID" ]; then',
    '  echo "The SecretProviderClass uses client id $CLIENT_ID; the add-on identity is $ADDON_CLIENT_ID." >&2',
    '  echo "Enter $ADDON_CLIENT_ID in the wizard, or make sure your identity is assigned to the node pools" >&2',
    '  echo "(az vmss identity assign -g <node resource group> -n <scale set> --identities <identity id>)." >&2',
    'fi',
    'PRINCIPAL_ID="$(az ad sp show --id "$CLIENT_ID" --query id -o tsv)"',
  ],
})

const systemStep = (): Step => ({
  title: "The nodes' system-assigned identity",
  why: [
    'AKS node pools normally have no system-assigned identity: this turns it on for the first scale set in',
    'the node resource group. Repeat for every node pool that runs the app. AKS manages these scale sets and',
    'can undo the change; every pod on the nodes can use it. Workload identity avoids both.',
  ],
  commands: [
    'NODE_RG="$(az aks show -g "$RG" -n "$CLUSTER" --query nodeResourceGroup -o tsv)"',
    'VMSS="$(az vmss list -g "$NODE_RG" --query \'[0].name\' -o tsv)"',
    'az vmss identity assign -g "$NODE_RG" -n "$VMSS" -o none',
    'PRINCIPAL_ID="$(az vmss identity show -g "$NODE_RG" -n "$VMSS" --query principalId -o tsv)"',
  ],
})

const servicePrincipalStep = (): Step => ({
  title: 'A service principal and its secret in the cluster',
  why: [
    'The provider signs in with the client id and secret in the Kubernetes Secret that the pod volume names',
    '(nodePublishSecretRef). That secret sits in etcd and expires: renew it in time, or move to workload identity.',
    'The Secret is created here, not in a manifest, so the password never lands in a file.',
  ],
  commands: [
    'CLIENT_SECRET="$(az ad sp create-for-rbac --name "$SP_NAME" --query password -o tsv)"',
    'SP_CLIENT_ID="$(az ad sp list --display-name "$SP_NAME" --query \'[0].appId\' -o tsv)"',
    'kubectl create secret generic "$CREDENTIALS_SECRET" -n "$NS" \\',
    '  --from-literal clientid="$SP_CLIENT_ID" \\',
    '  --from-literal clientsecret="$CLIENT_SECRET" \\',
    '  --dry-run=client -o yaml | kubectl apply -f -',
    '# Older driver versions only read Secrets that carry this label.',
    'kubectl label secret "$CREDENTIALS_SECRET" -n "$NS" secrets-store.csi.k8s.io/used=true --overwrite',
    'PRINCIPAL_ID="$(az ad sp show --id "$SP_CLIENT_ID" --query id -o tsv)"',
  ],
})

const podIdentityStep = (): Step => ({
  title: 'aad-pod-identity (deprecated)',
  why: [
    'aad-pod-identity was deprecated in October 2022: plan the move to workload identity.',
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

export function identitySteps(ctx: ScriptContext): Step[] {
  switch (ctx.auth) {
    case 'workload':
      return workloadIdentitySteps(ctx)
    case 'uami':
      return [uamiStep()]
    case 'system':
      return [systemStep()]
    case 'sp':
      return [servicePrincipalStep()]
    case 'podidentity':
      return [podIdentityStep()]
  }
}
