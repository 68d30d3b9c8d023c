import type { ScriptContext } from './context.ts'
import type { Step } from './step.ts'

/** A Helm release the script installs once, then only checks (a second run changes nothing). */
interface HelmRelease {
  release: string
  namespace: string
  repo: { name: string; url: string }
  chart: string
  /** `--set` values the release must have: installed with them, or upgraded once to add them. */
  sets: string[]
}

/** `helm get values` prints the user-supplied values as YAML: `reloader:\n  enableCSIIntegration: true`. */
const setLine = (set: string): string => {
  const [path = '', value = ''] = set.split('=')
  return `${path.split('.').at(-1) ?? path}: ${value}`
}

function releaseCommands(h: HelmRelease): string[] {
  const sets = h.sets.map((s) => ` --set ${s}`).join('')
  const repo = `helm repo add ${h.repo.name} ${h.repo.url} --force-update >/dev/null`
  return [
    `if ! helm status ${h.release} -n ${h.namespace} >/dev/null 2>&1; then`,
    `  ${repo}`,
    `  helm install ${h.release} ${h.chart} -n ${h.namespace} --create-namespace${sets} --wait`,
    ...h.sets.flatMap((set) => [
      `elif ! helm get values ${h.release} -n ${h.namespace} | grep -q '${setLine(set)}'; then`,
      `  ${repo}`,
      `  helm upgrade ${h.release} ${h.chart} -n ${h.namespace} --reuse-values${sets} --wait`,
    ]),
    'fi',
  ]
}

/**
 * External Secrets Operator, chart `external-secrets/external-secrets` from https://charts.external-secrets.io
 * (external-secrets/external-secrets docs/introduction/getting-started.md); the chart installs the CRDs
 * (`installCRDs: true`) and gives the controller `serviceaccounts/token` create (`rbac.serviceAccountTokenCreate:
 * true`, deploy/charts/external-secrets/values.yaml), which the referenced service account mode needs.
 */
export const ESO_RELEASE: HelmRelease = {
  release: 'external-secrets',
  namespace: 'external-secrets',
  repo: { name: 'external-secrets', url: 'https://charts.external-secrets.io' },
  chart: 'external-secrets/external-secrets',
  sets: [],
}

export const esoStep = (): Step => ({
  title: 'Install External Secrets Operator (once)',
  why: [
    'The operator writes the Kubernetes Secret from the SecretStore and ExternalSecret below, with no pod',
    'mount. It is installed with Helm when missing (with its CRDs) and waited for, so that its webhook',
    'accepts the SecretStore; an existing release is left as it is. Keep it upgraded like any operator.',
  ],
  commands: releaseCommands(ESO_RELEASE),
})

/**
 * Stakater Reloader, chart `stakater/reloader` from https://stakater.github.io/stakater-charts (README
 * "Installation"). Its CSI integration is the chart value `reloader.enableCSIIntegration`, which adds
 * `--enable-csi-integration=true` (deployments/kubernetes/chart/reloader/values.yaml, templates/deployment.yaml).
 */
export const reloaderRelease = (csi: boolean): HelmRelease => ({
  release: 'reloader',
  namespace: 'reloader',
  repo: { name: 'stakater', url: 'https://stakater.github.io/stakater-charts' },
  chart: 'stakater/reloader',
  sets: csi ? ['reloader.enableCSIIntegration=true'] : [],
})

export function reloaderStep(reloader: NonNullable<ScriptContext['reloader']>): Step {
  const csi = reloader.csiIntegration
  return {
    title: 'Install Reloader (once)',
    why: csi
      ? [
          'Reloader rolls the Deployment when the mounted versions change: its CSI integration watches the',
          "driver's SecretProviderClassPodStatus, which needs the driver's rotation on (step above). It is",
          'installed with Helm when missing, or upgraded once when its CSI integration is off.',
        ]
      : [
          'Reloader rolls the Deployment when the synced Kubernetes Secret changes, so the env vars get the',
          'rotated value. It is installed with Helm when missing; an existing release is left as it is.',
        ],
    commands: releaseCommands(reloaderRelease(csi)),
  }
}

/** helm must be there before anything changes: the steps above would otherwise stop half-way. */
export const helmCheckStep = (): Step => ({
  title: 'Check that helm is installed',
  why: ['A later step installs or checks an operator with Helm; without helm the script stops here, first.'],
  commands: [
    'if ! command -v helm >/dev/null; then',
    '  echo "helm is needed (https://helm.sh/docs/intro/install/): install it and rerun." >&2',
    '  exit 1',
    'fi',
  ],
})
