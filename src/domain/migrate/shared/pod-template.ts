import { fields, podPathOf, podTemplateOf, type Fields } from './bridge.ts'

/** The labels and spec of a workload's pod, as `addOptionToPod` takes them (k8s/workloads.ts says where). */
export function podOf(workload: Fields, kind: string): { labels: Record<string, string>; spec: Fields } {
  const pod = podTemplateOf(workload, kind) ?? { labels: {}, spec: {} }
  return { labels: pod.labels as Record<string, string>, spec: pod.spec }
}

/**
 * `patched`'s keys in `original`'s order; a new key goes just before the key that follows it in `patched`.
 * `addOptionToPod` puts serviceAccountName first, where people write it in a new pod; in a pod that has one,
 * it stays where the user wrote it.
 */
export function inOriginalOrder(original: Fields, patched: Fields): Fields {
  const order = Object.keys(original).filter((k) => k in patched)
  const keys = Object.keys(patched)
  keys.forEach((key, i) => {
    if (order.includes(key)) return
    const next = keys.slice(i + 1).find((k) => order.includes(k))
    order.splice(next === undefined ? order.length : order.indexOf(next), 0, key)
  })
  return Object.fromEntries(order.map((k) => [k, patched[k]]))
}

/**
 * The workload with its pod replaced, every other field kept in place. Labels are only written when the pod
 * had some or the option adds some, so an untouched pod stays byte-identical.
 */
export function withPod(
  workload: Fields,
  kind: string,
  pod: { labels: Record<string, string>; spec: Fields },
): Fields {
  const setAt = (node: Fields, path: readonly string[]): Fields => {
    if (path.length === 0) {
      const metadata = fields(node['metadata'])
      const labels = Object.keys(pod.labels).length > 0 ? { labels: pod.labels } : {}
      const withLabels = { ...metadata, ...labels }
      return {
        ...node,
        ...(Object.keys(withLabels).length > 0 ? { metadata: withLabels } : {}),
        spec: inOriginalOrder(fields(node['spec']), pod.spec),
      }
    }
    const [key = '', ...rest] = path
    return { ...node, [key]: setAt(fields(node[key]), rest) }
  }
  const path = podPathOf(kind)
  return path === undefined ? workload : setAt(workload, path)
}
