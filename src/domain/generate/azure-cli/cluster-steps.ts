import type { Cloud } from '../../answers/model.ts'
import type { ScriptContext } from './context.ts'
import type { Step } from './step.ts'

/** The `az` name of each cloud differs from the provider's `cloudName`. */
const AZ_CLOUD_NAME: Record<Cloud, string> = {
  AzurePublicCloud: 'AzureCloud',
  AzureUSGovernmentCloud: 'AzureUSGovernment',
  AzureChinaCloud: 'AzureChinaCloud',
}

/** Sovereign clouds have their own endpoints: az must talk to the cloud the vault and cluster live in. */
export const cloudStep = (cloud: Cloud): Step => ({
  title: 'Use the right Azure cloud',
  why: ['The cluster and the vault live in a sovereign cloud; sign in again after switching if asked.'],
  commands: [`az cloud set --name ${AZ_CLOUD_NAME[cloud]}`],
})

export const kubectlStep = (): Step => ({
  title: 'Connect kubectl to the cluster',
  why: [
    'Later steps and the final apply talk to this cluster. The namespace is created when missing, so',
    'that the objects below have somewhere to go; running it again changes nothing.',
  ],
  commands: [
    'az aks get-credentials -g "$RG" -n "$CLUSTER" --overwrite-existing',
    'kubectl create namespace "$NS" --dry-run=client -o yaml | kubectl apply -f -',
  ],
})

function rotationWhy(ctx: ScriptContext): string[] {
  if (!ctx.rotation) {
    return [
      'Secret rotation is not needed: the provider reads Key Vault on every mount, so each new pod gets the',
      'current version (kubernetes-sigs/secrets-store-csi-driver, NodePublishVolume). It is left as it is.',
    ]
  }
  return [
    'Secret rotation: the driver re-reads Key Vault every POLL_INTERVAL and updates the mounted',
    ctx.sync
      ? 'files and the synced Kubernetes Secret.'
      : ctx.reloader
        ? 'files; Reloader (below) rolls the pods when their versions change.'
        : 'files; the app must read them again to see a change.',
    ...(ctx.sync
      ? ctx.reloader
        ? ['Environment variables never change in a running container: Reloader (below) rolls the pods.']
        : [
            'Environment variables never change in a running container: restart the pods after a rotation',
            '(kubectl rollout restart), or let a tool such as Reloader do it when the Secret changes.',
          ]
      : []),
    '`az aks addon update --enable-secret-rotation` sets the interval again (2m unless given) and updates the',
    'cluster, so it runs only when rotation is off or the interval differs from POLL_INTERVAL.',
  ]
}

const ADDON = 'addonProfiles.azureKeyvaultSecretsProvider'

/** Options 2 and 3: the AKS add-on runs the Secrets Store CSI driver and the Azure provider. */
export function addonStep(ctx: ScriptContext): Step {
  const rotationFlags = ' --enable-secret-rotation --rotation-poll-interval "$POLL_INTERVAL"'
  return {
    title: 'Turn on the Key Vault secrets provider add-on',
    why: [
      'AKS runs and upgrades the Secrets Store CSI driver and the Azure Key Vault provider for you.',
      ...rotationWhy(ctx),
    ],
    commands: [
      `ADDON_ENABLED="$(az aks show -g "$RG" -n "$CLUSTER" --query ${ADDON}.enabled -o tsv)"`,
      'if [ "$ADDON_ENABLED" != \'true\' ]; then',
      `  az aks enable-addons --addons azure-keyvault-secrets-provider -g "$RG" -n "$CLUSTER"${ctx.rotation ? rotationFlags : ''} -o none`,
      ...(ctx.rotation
        ? [
            'else',
            `  ROTATION_ON="$(az aks show -g "$RG" -n "$CLUSTER" --query ${ADDON}.config.enableSecretRotation -o tsv)"`,
            `  ROTATION_INTERVAL="$(az aks show -g "$RG" -n "$CLUSTER" --query ${ADDON}.config.rotationPollInterval -o tsv)"`,
            '  if [ "$ROTATION_ON" != \'true\' ] || [ "$ROTATION_INTERVAL" != "$POLL_INTERVAL" ]; then',
            `    az aks addon update -g "$RG" -n "$CLUSTER" --addon azure-keyvault-secrets-provider${rotationFlags} -o none`,
            '  fi',
          ]
        : []),
      'fi',
    ],
  }
}
