/**
 * The driver and the provider on the node, and what they read from the SecretProviderClass and the pod.
 * Texts from kubernetes-sigs/secrets-store-csi-driver (pkg/secrets-store/nodeserver.go, utils.go) and
 * Azure/secrets-store-csi-driver-provider-azure (pkg/provider/provider.go, pkg/auth/auth.go).
 */
import { PLACEHOLDER } from '../bridge.ts'
import { facts, nameOr, q, say, sh, yaml } from '../fix.ts'
import type { Entry, MatchContext } from './entry.ts'

const rgCluster = (c: MatchContext) =>
  `-g ${q(nameOr(PLACEHOLDER.rg, c.names.rg))} -n ${q(nameOr(PLACEHOLDER.cluster, c.names.cluster))}`

// Pod labels: AKS add-on (MS Learn csi-secrets-store-driver: secrets-store-csi-driver, secrets-store-provider-azure)
// and the provider's Helm chart (app=csi-secrets-store-provider-azure, website installation page).
export const DRIVER_PODS =
  "kubectl get pods -n kube-system -o wide -l 'app in (secrets-store-csi-driver,secrets-store-provider-azure,csi-secrets-store-provider-azure)'"

// AKS names Windows nodes after their pool, which must be short and is usually "win..." (akswin000000, aksnpwin000001).
const onWindows = (c: MatchContext) =>
  /^aks(?:np)?win/.test(c.facts.node ?? '') || /kubernetes\.io\/os[=:]\s{0,4}windows/.test(c.window)

const driverNotRegistered: Entry = {
  id: 'csi-driver-not-registered',
  title: 'The CSI driver is not running on the node',
  weight: 100,
  // Text: kubelet pkg/volume/csi/csi_plugin.go "driver name %s not found in the list of registered CSI drivers"
  // (kubernetes/kubernetes). The AKS add-on supports Windows containers (learn.microsoft.com azure/aks/
  // csi-secrets-store-driver, Features) and runs the driver and provider on Windows nodes as their own
  // DaemonSets; a self-installed driver's Helm chart needs windows.enabled=true
  // (kubernetes-sigs/secrets-store-csi-driver charts/secrets-store-csi-driver/values.yaml).
  source: 'kubernetes/kubernetes pkg/volume/csi/csi_plugin.go',
  needles: ['secrets-store.csi.k8s.io not found in the list of registered csi drivers'],
  explain: (c) => {
    const windows = onWindows(c)
    return {
      cause: windows
        ? `The pod landed on a Windows node (${c.facts.node ?? 'named in the text'}), and the Windows driver pod is not running (or not registered yet) on it: the add-on runs the driver on Windows nodes as a DaemonSet of its own; a self-installed driver needs windows.enabled=true.`
        : 'No Secrets Store CSI driver pod runs on that node: the AKS add-on is off (or was just enabled and is still starting).',
      facts: facts(['Node', c.facts.node], ['Pod', c.facts.podName]),
      fix: windows
        ? [
            say(
              'See the driver and provider DaemonSets (the Windows ones are separate) and what runs on that node:',
            ),
            sh(
              'kubectl get daemonsets -n kube-system -o wide | grep -i secrets-store',
              `kubectl get pods -n kube-system -o wide --field-selector spec.nodeName=${q(nameOr('<node>', c.facts.node))}`,
            ),
            say(
              "With the add-on, a Windows driver pod that is not Running names its own cause (kubectl describe pod). A self-installed driver needs its Windows DaemonSet: helm upgrade ... --set windows.enabled=true (and the provider chart's windows.enabled=true).",
            ),
          ]
        : [
            sh(`az aks enable-addons --addons azure-keyvault-secrets-provider ${rgCluster(c)}`, DRIVER_PODS),
            say(
              'Each node must show a running secrets-store-csi-driver pod; then delete the failing pod so it is scheduled again.',
            ),
          ],
    }
  },
}

const providerNotFound: Entry = {
  id: 'csi-provider-not-running',
  title: 'The Azure provider is not running on the node',
  weight: 99,
  // Text: driver pkg/secrets-store/provider_client.go errProviderNotFound, wrapped in nodeserver.go as
  // `error connecting to provider "azure": provider not found: provider "azure"`.
  source: 'kubernetes-sigs/secrets-store-csi-driver pkg/secrets-store/provider_client.go',
  needles: ['provider not found: provider "azure"', 'error connecting to provider "azure"'],
  explain: (c) => ({
    cause:
      'The driver runs on the node but the Azure Key Vault provider pod beside it does not (or has not started yet).',
    facts: facts(['Node', c.facts.node]),
    fix: [
      sh(DRIVER_PODS),
      say(
        'Every node with the driver needs a running provider pod; with the AKS add-on both come together (az aks enable-addons --addons azure-keyvault-secrets-provider).',
      ),
    ],
  }),
}

const publishSecret: Entry = {
  id: 'node-publish-secret',
  title: 'The service principal secret (nodePublishSecretRef) is missing or incomplete',
  weight: 89,
  // Texts: provider pkg/auth/auth.go "failed to get credentials, nodePublishSecretRef secret is not set",
  // "could not find clientid in secrets", "could not find clientsecret in secrets"; kubelet
  // "fetching NodePublishSecretRef %s/%s failed" (kubernetes pkg/volume/csi/csi_mounter.go).
  source: 'Azure/secrets-store-csi-driver-provider-azure pkg/auth/auth.go',
  needles: [
    'nodepublishsecretref secret is not set',
    'could not find clientid in secrets',
    'could not find clientsecret in secrets',
    'fetching nodepublishsecretref',
  ],
  explain: (c) => {
    const lower = c.line.toLowerCase()
    const notSet = lower.includes('secret is not set')
    const fetching = lower.includes('fetching nodepublishsecretref')
    const ref = /fetching NodePublishSecretRef ([a-z0-9-]{1,63})\/([a-z0-9.-]{1,253})/.exec(c.window)
    const ns = nameOr('<namespace>', ref?.[1], c.facts.podNamespace, c.names.ns)
    const name = nameOr('secrets-store-creds', ref?.[2])
    const missingKey = lower.includes('clientsecret') ? 'clientsecret' : 'clientid'
    return {
      cause: notSet
        ? 'No identity is configured: the SecretProviderClass has no clientID and no useVMManagedIdentity, so the provider falls back to a service principal secret, and the volume names none.'
        : fetching
          ? `The volume's nodePublishSecretRef names the Secret "${name}", which the kubelet cannot read in namespace ${ns}.`
          : `The Secret named by nodePublishSecretRef has no "${missingKey}" key.`,
      facts: facts(['Secret', ref?.[2]], ['Namespace', ref?.[1]]),
      fix: notSet
        ? [
            say(
              'Either set clientID (workload identity) or useVMManagedIdentity in the SecretProviderClass, or add a service principal secret:',
            ),
            yaml(
              'csi:',
              '  driver: secrets-store.csi.k8s.io',
              '  readOnly: true',
              '  volumeAttributes:',
              `    secretProviderClass: ${nameOr('<secret-provider-class>', c.names.spc)}`,
              '  nodePublishSecretRef:',
              `    name: ${name}`,
            ),
          ]
        : [
            say(`Create the Secret in the pod's namespace with both keys, clientid and clientsecret:`),
            sh(
              `kubectl create secret generic ${q(name)} -n ${q(ns)} --from-literal clientid=${q(nameOr(PLACEHOLDER.client, c.names.client))} --from-literal clientsecret='<client-secret>'`,
              `kubectl label secret ${q(name)} -n ${q(ns)} secrets-store.csi.k8s.io/used=true`,
            ),
          ],
    }
  },
}

const tokenMissing: Entry = {
  id: 'csi-wi-token-missing',
  title: 'The driver sends no service account token for workload identity',
  weight: 92,
  // Text: provider pkg/auth/auth.go ErrServiceAccountTokensNotFound "service account tokens not found", wrapped in
  // provider.go as "failed to parse workload identity tokens"; the CSIDriver needs tokenRequests for
  // api://AzureADTokenExchange (https://github.com/Azure/secrets-store-csi-driver-provider-azure/issues/1022).
  source: 'Azure/secrets-store-csi-driver-provider-azure pkg/auth/auth.go',
  needles: ['service account tokens not found', 'failed to parse workload identity tokens'],
  explain: () => ({
    cause:
      'The SecretProviderClass asks for workload identity (clientID is set) but the driver passes no service account token: the CSIDriver object lacks tokenRequests for api://AzureADTokenExchange.',
    facts: [],
    fix: [
      sh('kubectl get csidriver secrets-store.csi.k8s.io -o jsonpath="{.spec.tokenRequests}"'),
      say(
        'The AKS add-on sets it; a self-installed driver needs it in its Helm values. The pod label and service account annotation are not what the CSI mount reads.',
      ),
      yaml('spec:', '  tokenRequests:', '    - audience: api://AzureADTokenExchange'),
    ],
  }),
}

export const DRIVER_ENTRIES: Entry[] = [driverNotRegistered, providerNotFound, publishSecret, tokenMissing]
