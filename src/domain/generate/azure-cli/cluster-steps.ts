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
  if (ctx.r.rotate === 'none') return ['Secret rotation stays off: the files are read when the pod starts.']
  return [
    'Secret rotation: the driver re-reads Key Vault (every 2 minutes by default) and updates the mounted',
    ctx.sync
      ? 'files and the synced Kubernetes Secret.'
      : 'files; the app must read them again to see a change.',
    ...(ctx.sync
      ? [
          'Environment variables never change in a running container: restart the pods after a rotation',
          '(kubectl rollout restart), or let a tool such as Reloader do it when the Secret changes.',
        ]
      : []),
  ]
}

/** Options 2 and 3: the AKS add-on runs the Secrets Store CSI driver and the Azure provider. */
export function addonStep(ctx: ScriptContext): Step {
  const rotation = ctx.r.rotate !== 'none'
  const flag = rotation ? ' --enable-secret-rotation' : ''
  return {
    title: 'Turn on the Key Vault secrets provider add-on',
    why: [
      'AKS runs and upgrades the Secrets Store CSI driver and the Azure Key Vault provider for you.',
      ...rotationWhy(ctx),
    ],
    commands: [
      'ADDON_ENABLED="$(az aks show -g "$RG" -n "$CLUSTER" --query addonProfiles.azureKeyvaultSecretsProvider.enabled -o tsv)"',
      'if [ "$ADDON_ENABLED" = \'true\' ]; then',
      ...(rotation
        ? [
            '  # Already on: turn on rotation for the existing add-on.',
            '  az aks addon update -g "$RG" -n "$CLUSTER" --addon azure-keyvault-secrets-provider --enable-secret-rotation',
          ]
        : ["  echo 'The Key Vault secrets provider add-on is already on.'"]),
      'else',
      `  az aks enable-addons --addons azure-keyvault-secrets-provider -g "$RG" -n "$CLUSTER"${flag}`,
      'fi',
    ],
  }
}
