import { fields, isLongRunning, text } from '../shared/bridge.ts'
import { nsLabel, type ImportedDoc } from '../shared/types.ts'
import type { Akvs } from './akvs.ts'
import type { Conversion } from './conversion.ts'
import { groupId } from './groups.ts'

/** The namespace label that turns on akv2k8s env injection (akv2k8s docs: security/enable-env-injection). */
export const INJECTION_LABEL = 'azure-key-vault-env-injection'

const nsFlag = (ns: string): string => (ns ? ` -n ${ns}` : '')
const sameNs = (a: string, b: string): boolean => (a || 'default') === (b || 'default')

/**
 * Lists every workload and pod of a namespace whose env still holds an `@azurekeyvault` value: the webhook
 * leaves those values in the pod spec and the injected binary resolves them at each start
 * (cmd/azure-keyvault-secrets-webhook/pod.go rewrites command and args only). Workloads not among the inputs
 * show up here too. `..env[*].value` reaches containers, init containers and CronJob templates alike.
 */
export const stillInjectedCommand = (ns: string): string =>
  `kubectl get deployments,statefulsets,daemonsets,cronjobs,jobs,pods${nsFlag(ns)} -o jsonpath='{range .items[*]}{.kind}/{.metadata.name}{" "}{..env[*].value}{"\\n"}{end}' | grep -F '@azurekeyvault'`

/** Why an akvs must stay for now, or undefined when the migration replaced everything it did. */
function keepReason(a: Akvs, c: Conversion): string | undefined {
  if (a.configMap) {
    // controller/configmap.go createNewConfigMap: the ConfigMap's ownerReference is the akvs
    // (blockOwnerDeletion), so Kubernetes' garbage collector deletes the ConfigMap with it.
    return (
      `it writes ConfigMap ${a.configMap.name}, which the CSI driver cannot replace, and akv2k8s makes the ` +
      `AzureKeyVaultSecret its owner: deleting it deletes the ConfigMap. Keep it (and akv2k8s) until the ` +
      `ConfigMap's readers have moved, or orphan it (kubectl delete akvs ${a.name}${nsFlag(a.namespace)} ` +
      `--cascade=orphan): the ConfigMap then stays but no longer follows Key Vault`
    )
  }
  if (c.leftInjected.some((l) => l.akvs === a.name && sameNs(l.namespace, a.namespace)))
    return 'env values among the inputs still read it through akv2k8s (not convertible, see the report)'
  if (a.secret && !c.groups.get(groupId(a.namespace, a.vault))?.synced.has(a.secret.name)) {
    return (
      `nothing replaces its Secret ${a.secret.name} (not convertible, see the report): a plain delete deletes ` +
      `the Secret with it, --cascade=orphan leaves it without updates`
    )
  }
  return undefined
}

/** The patched stream as the command line leaves it: what the user saved its standard output to. */
export const STDOUT_FILE = '<stdout file>'

/**
 * The switch in an order that never leaves a pod without its secret: the new source exists and the patched
 * pods run before anything akv2k8s made goes away, and nothing goes that something else still needs. Env
 * values are read only at container start, and the controller's Secrets carry owner references to their
 * akvs (controller/secret.go), so a plain delete would garbage-collect a Secret pods still read:
 * `--cascade=orphan` keeps it.
 */
export function cleanupSteps(
  docs: readonly ImportedDoc[],
  akvsList: Akvs[],
  c: Conversion,
  first: readonly string[] = [],
  stream = STDOUT_FILE,
): string[] {
  if (akvsList.length === 0 && c.plans.size === 0) return []
  const steps: string[] = [...first]
  steps.push(
    `Apply the SecretProviderClasses (and any new ServiceAccount or ConfigMap) before the workloads: kubectl apply -f ${stream}`,
  )
  for (const w of c.plans.keys()) {
    const kind = w.kind.toLowerCase()
    steps.push(
      isLongRunning(w.kind)
        ? `Wait for the patched ${w.kind} ${w.name}: kubectl rollout status ${kind}/${w.name}${nsFlag(w.namespace)}`
        : `Check the patched ${w.kind} ${w.name} runs: kubectl get ${kind} ${w.name}${nsFlag(w.namespace)}`,
    )
  }
  for (const g of c.groups.values()) {
    for (const s of g.synced.keys())
      steps.push(`Check the driver synced Secret ${s}: kubectl get secret ${s}${nsFlag(g.namespace)}`)
  }

  const kept = akvsList.flatMap((a) => {
    const why = keepReason(a, c)
    return why ? [{ a, why }] : []
  })
  const gone = akvsList.filter((a) => !kept.some((k) => k.a === a))
  // Only where env injection was in use: the label turns on the webhook, the controller needs none.
  const injected = [...c.plans]
    .filter(([, plans]) => [...plans.values()].some((p) => p.env.size > 0))
    .map(([w]) => w.namespace)
  const labelled = new Set(injected.filter((n) => n !== ''))
  for (const doc of docs.filter((d) => d.role === 'namespace')) {
    if (text(fields(fields(doc.object['metadata'])['labels'])[INJECTION_LABEL]) !== undefined)
      labelled.add(doc.name)
  }
  const unlabel = [...labelled].filter((ns) => !c.leftInjected.some((l) => sameNs(l.namespace, ns)))

  // Workloads outside the inputs may still use akv2k8s in these namespaces: look before removing anything.
  const touched = [...new Set([...gone.map((a) => a.namespace), ...unlabel])]
  for (const ns of touched) {
    steps.push(
      `Before removing akv2k8s from namespace ${nsLabel(ns)}, make sure no other workload still uses its env injection (this lists them; it must print nothing, else stop here and migrate those first): ${stillInjectedCommand(ns)}`,
    )
  }
  const injectionOnly = gone.filter((a) => !a.secret)
  const controller = gone.filter((a) => a.secret)
  if (injectionOnly.length > 0) {
    steps.push(
      `Delete the env-injection AzureKeyVaultSecrets (no patched pod reads them): ${injectionOnly.map((a) => `kubectl delete akvs ${a.name}${nsFlag(a.namespace)}`).join('; ')}`,
    )
  }
  if (controller.length > 0) {
    steps.push(
      `Delete the controller AzureKeyVaultSecrets keeping the Secrets they own for running pods: ${controller
        .map((a) => `kubectl delete akvs ${a.name}${nsFlag(a.namespace)} --cascade=orphan`)
        .join('; ')}`,
    )
  }
  for (const { a, why } of kept)
    steps.push(`Keep AzureKeyVaultSecret ${nsLabel(a.namespace)}/${a.name} for now: ${why}`)
  for (const ns of unlabel)
    steps.push(
      `Remove the env-injection label (the CSI driver needs none): kubectl label namespace ${ns} ${INJECTION_LABEL}-`,
    )
  steps.push(
    kept.length > 0
      ? `Keep akv2k8s installed while the AzureKeyVaultSecrets above remain (${kept.map(({ a }) => a.name).join(', ')}); uninstall it (e.g. helm uninstall akv2k8s -n akv2k8s) only when no namespace uses it any more`
      : 'When no namespace uses akv2k8s any more, uninstall it (e.g. helm uninstall akv2k8s -n akv2k8s)',
  )
  return steps
}
