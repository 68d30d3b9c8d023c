import {
  addOptionToPod,
  containersOf,
  envObjects,
  fields,
  list,
  podAdditions,
  syncedSecretName,
  text,
  usesWrapper,
  type Fields,
  type OptionId,
  type Resolved,
} from './shared/bridge.ts'
import { containerNamed, wrapperArgsFor } from './shared/container-patch.ts'
import { podOf, withPod } from './shared/pod-template.ts'
import type { ReportRow } from './shared/report.ts'
import { objectLabel, type ImportedDoc } from './shared/types.ts'

/**
 * The containers that use the secrets: those reading one of the objects' env vars or the synced Secret.
 * Empty when the manifest cannot tell (the app reads files, or names nothing yet).
 */
export function containersUsingSecrets(doc: ImportedDoc, r: Resolved): string[] {
  const envNames = new Set(envObjects(r).map((o) => o.env))
  const spec = podOf(doc.object, doc.kind).spec
  return containersOf(spec)
    .filter((c) =>
      list(c['env']).some((raw) => {
        const e = fields(raw)
        const ref = text(fields(fields(e['valueFrom'])['secretKeyRef'])['name'])
        return envNames.has(text(e['name']) ?? '') || ref === syncedSecretName(r)
      }),
    )
    .map((c) => text(c['name']) ?? '')
}

/**
 * The chosen option's additions applied to a workload the user already has: everything else stays as it was.
 * The containers that get them: `containerName` when given, else those that use the secrets, else the first
 * (and a report row says that choice was made).
 */
export function patchWithOption(
  doc: ImportedDoc,
  r: Resolved,
  option: OptionId,
  containerName?: string,
): { object: Fields; rows: ReportRow[] } {
  const rows: ReportRow[] = []
  let pod = podOf(doc.object, doc.kind)
  const all = containersOf(pod.spec).map((c) => text(c['name']) ?? '')
  const regular = list(pod.spec['containers']).map((c) => text(fields(c)['name']) ?? '')
  const using = containersUsingSecrets(doc, r)
  const chosen =
    containerName !== undefined && all.includes(containerName)
      ? [containerName]
      : using.length > 0
        ? using
        : regular.slice(0, 1)
  const construct = objectLabel(doc)
  if (containerName !== undefined && !all.includes(containerName)) {
    rows.push({
      at: doc.at,
      construct,
      status: 'caveat',
      result: `no container named ${containerName}: ${all.join(', ')}`,
      todo: 'choose one of these',
    })
  } else if (containerName === undefined && using.length === 0 && regular.length > 1) {
    rows.push({
      at: doc.at,
      construct,
      status: 'caveat',
      result: `no container reads the secrets yet, so the first, ${chosen[0] ?? ''}, was patched (containers: ${regular.join(', ')})`,
      todo: 'choose the container that reads the secrets',
    })
  }
  const sa = (text(pod.spec['serviceAccountName']) ?? '').trim()
  const rr: Resolved = { ...r, sa: r.sa || sa }
  const add = podAdditions(rr, option)
  for (const name of chosen) {
    let container = add.container
    if (usesWrapper(option, rr)) {
      const found = wrapperArgsFor(containerNamed(pod, name), add.container.args ?? [])
      container = { ...container, args: found.args }
      if (!found.known) {
        rows.push({
          at: doc.at,
          construct: `container ${name} of ${construct}`,
          status: 'caveat',
          result: 'it has no command: the start-up wrapper starts the answer cmd instead',
          todo: "make sure cmd is the image's ENTRYPOINT and CMD",
        })
      }
    }
    pod = addOptionToPod(pod, { ...add, container }, name)
  }
  rows.push({
    at: doc.at,
    construct,
    status: 'converted',
    result: `option ${option} added to container ${chosen.join(', ')}`,
    todo: '',
  })
  return { object: withPod(doc.object, doc.kind, pod), rows }
}
