import type { ScriptContext } from './context.ts'
import type { Step } from './step.ts'

const CONNECT = 'az aks get-credentials -g "$RG" -n "$CLUSTER" --overwrite-existing'
const NAMESPACE = 'kubectl create namespace "$NS" --dry-run=client -o yaml | kubectl apply -f -'

export const kubectlStep = (): Step => ({
  title: 'Connect kubectl to the cluster',
  why: [
    'The first change: every look-up that can stop the script is done. Later steps and the final apply talk',
    'to this cluster. The namespace is created when missing, so that the objects below have somewhere to go;',
    'running it again changes nothing.',
  ],
  commands: [CONNECT, NAMESPACE],
})

/** A look-up of the cluster itself (the service principal's Secret) needs kubectl connected before any change. */
export const connectStep = (): Step => ({
  title: 'Connect kubectl to the cluster',
  why: ['The look-up below reads the cluster. This only writes the cluster to your kubeconfig.'],
  commands: [CONNECT],
})

export const namespaceStep = (): Step => ({
  title: 'The namespace',
  why: [
    'The first change: every look-up that can stop the script is done. The namespace is created when missing,',
    'so that the objects below have somewhere to go; running it again changes nothing.',
  ],
  commands: [NAMESPACE],
})

function rotationWhy(ctx: ScriptContext): string[] {
  if (!ctx.csi) {
    // Only the Ingress certificates use the add-on (ingress-steps.ts).
    return [
      'The application routing add-on reads the Ingress certificates through it, and re-reads them from Key',
      'Vault only with secret rotation on (learn.microsoft.com/azure/aks/app-routing-dns-ssl), every',
      'POLL_INTERVAL.',
      '`az aks addon update --enable-secret-rotation` sets the interval again (2m unless given) and updates the',
      'cluster, so it runs only when rotation is off or the interval differs from POLL_INTERVAL.',
    ]
  }
  if (!ctx.rotation && ctx.sync) {
    // shared/reference/csi-provider-azure.md §3: v1.5.6 createK8sSecret returned nil on AlreadyExists; v1.6.0
    // (kubernetes-sigs/secrets-store-csi-driver PR #1622) updates it on every mount.
    return [
      'Secret rotation is left as it is. A new pod mounts the current version, but the env vars come from the',
      'synced Kubernetes Secret: drivers up to v1.5.6 update a Secret that exists already only while rotation',
      'is on (v1.6.0 updates it on every mount). Check the driver version before counting on a restart.',
    ]
  }
  if (!ctx.rotation) {
    return [
      'Secret rotation is not needed: the provider reads Key Vault on every mount, so each new pod gets the',
      'current version in its files (kubernetes-sigs/secrets-store-csi-driver, NodePublishVolume). It is left',
      'as it is.',
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
    ...(ctx.ingress
      ? [
          'The application routing add-on reads the Ingress certificates through this add-on too, and re-reads',
          'them only with rotation on (learn.microsoft.com/azure/aks/app-routing-dns-ssl).',
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
