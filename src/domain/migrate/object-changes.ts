import { containersOf, fields, list, podTemplateOf, text, type Fields } from './shared/bridge.ts'
import { looksInjected } from './shared/classify.ts'

/**
 * What the migration changed in one object, in words for the diff's heading ("1 env var converted, volume
 * added"): counted from the object as read and as written, so the heading says what the lines below show.
 */
export function changesOf(before: Fields, after: Fields): string[] {
  const podBefore = podTemplateOf(before)
  const podAfter = podTemplateOf(after)
  if (!podBefore || !podAfter) return []
  const env = envChanges(containersOf(podBefore.spec), containersOf(podAfter.spec))
  const said = [
    count(env.converted, 'env var', 'converted'),
    count(env.added, 'env var', 'added'),
    count(env.removed, 'env var', 'removed'),
    count(env.changed, 'env var', 'changed'),
    count(added(envFromOf(podBefore.spec), envFromOf(podAfter.spec)), 'envFrom source', 'added', false),
    count(added(names(podBefore.spec['volumes']), names(podAfter.spec['volumes'])), 'volume', 'added', false),
    count(added(mountsOf(podBefore.spec), mountsOf(podAfter.spec)), 'volume mount', 'added', false),
    count(
      added(names(podBefore.spec['initContainers']), names(podAfter.spec['initContainers'])),
      'init container',
      'added',
      false,
    ),
    serviceAccountChange(podBefore.spec, podAfter.spec),
    count(added(Object.keys(podBefore.labels), Object.keys(podAfter.labels)), 'pod label', 'added', false),
  ]
  return said.filter((s): s is string => s !== undefined)
}

/** `1 env var converted`, `2 volumes added`; with `always` false a single one is `volume added`. */
function count(n: number, what: string, how: string, always = true): string | undefined {
  if (n === 0) return undefined
  if (n === 1) return always ? `1 ${what} ${how}` : `${what} ${how}`
  return `${n} ${what}s ${how}`
}

const added = (before: readonly string[], after: readonly string[]): number =>
  after.filter((x) => !before.includes(x)).length

const names = (items: unknown): string[] => list(items).map((i) => text(fields(i)['name']) ?? '')

const envFromOf = (spec: Fields): string[] =>
  containersOf(spec).flatMap((c) =>
    list(c['envFrom']).map((e) => `${text(c['name']) ?? ''}:${JSON.stringify(e)}`),
  )

const mountsOf = (spec: Fields): string[] =>
  containersOf(spec).flatMap((c) =>
    list(c['volumeMounts']).map((m) => `${text(c['name']) ?? ''}:${text(fields(m)['mountPath']) ?? ''}`),
  )

function serviceAccountChange(before: Fields, after: Fields): string | undefined {
  const was = text(before['serviceAccountName'])
  const now = text(after['serviceAccountName'])
  if (now === undefined || now === was) return undefined
  return `service account ${was === undefined ? 'set to' : `${was} →`} ${now}`
}

/**
 * Env vars by container and name: converted when an akv2k8s injection (`name@azurekeyvault`) became a
 * reference, added, removed, or changed otherwise.
 */
function envChanges(before: Fields[], after: Fields[]) {
  const result = { converted: 0, added: 0, removed: 0, changed: 0 }
  const envOf = (containers: Fields[]) =>
    new Map(
      containers.flatMap((c) =>
        list(c['env']).map(
          (e) => [`${text(c['name']) ?? ''}/${text(fields(e)['name']) ?? ''}`, fields(e)] as const,
        ),
      ),
    )
  const was = envOf(before)
  const now = envOf(after)
  for (const [key, e] of now) {
    const old = was.get(key)
    if (!old) result.added++
    else if (looksInjected(old['value']) && !looksInjected(e['value'])) result.converted++
    else if (JSON.stringify(old) !== JSON.stringify(e)) result.changed++
  }
  for (const key of was.keys()) if (!now.has(key)) result.removed++
  return result
}
