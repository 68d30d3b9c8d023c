import { fields, isLongRunning, text } from '../shared/bridge.ts'
import type { ImportedDoc } from '../shared/types.ts'
import type { Akvs } from './akvs.ts'
import type { Conversion } from './conversion.ts'

/** The namespace label that turns on akv2k8s env injection (akv2k8s docs: security/enable-env-injection). */
export const INJECTION_LABEL = 'azure-key-vault-env-injection'

const nsFlag = (ns: string): string => (ns ? ` -n ${ns}` : '')

/**
 * The switch in an order that never leaves a pod without its secret: the new source exists and the patched
 * pods run before anything akv2k8s made goes away. Env values are read only at container start, and the
 * controller's Secrets carry owner references to their akvs, so a plain delete would garbage-collect a
 * Secret pods still read: `--cascade=orphan` keeps it.
 */
export function cleanupSteps(docs: readonly ImportedDoc[], akvsList: Akvs[], c: Conversion): string[] {
  if (akvsList.length === 0 && c.plans.size === 0) return []
  const steps: string[] = []
  steps.push(
    'Apply the SecretProviderClasses (and any new ServiceAccount or ConfigMap) before the workloads: kubectl apply -f <stdout file>',
  )
  const workloads = [...c.plans.keys()]
  for (const w of workloads) {
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
  const injectionOnly = akvsList.filter((a) => !a.secret)
  const controller = akvsList.filter((a) => a.secret)
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
  // Only where env injection was in use: the label turns on the webhook, the controller needs none.
  const injected = [...c.plans]
    .filter(([, plans]) => [...plans.values()].some((p) => p.env.size > 0))
    .map(([w]) => w.namespace)
  const namespaces = new Set(injected.filter((n) => n !== ''))
  for (const doc of docs.filter((d) => d.role === 'namespace')) {
    if (text(fields(fields(doc.object['metadata'])['labels'])[INJECTION_LABEL]) !== undefined)
      namespaces.add(doc.name)
  }
  for (const ns of namespaces)
    steps.push(
      `Remove the env-injection label (the CSI driver needs none): kubectl label namespace ${ns} ${INJECTION_LABEL}-`,
    )
  steps.push('When no namespace uses akv2k8s any more, uninstall it (e.g. helm uninstall akv2k8s -n akv2k8s)')
  return steps
}
