import {
  addOptionToPod,
  fields,
  list,
  podAdditions,
  SECRETS_VOLUME,
  secretsVolume,
  wrapperVolume,
  text,
  wrapperConfigMap,
  type Fields,
  type Manifest,
  type Resolved,
  type ResolvedObject,
} from '../shared/bridge.ts'
import { containerNamed, wrapperArgsFor } from '../shared/container-patch.ts'
import { podOf, withPod } from '../shared/pod-template.ts'
import type { ReportRow } from '../shared/report.ts'
import { objectLabel, type ImportedDoc } from '../shared/types.ts'
import type { ContainerPlan } from './conversion.ts'
import type { Group } from './groups.ts'

/** The CSI volume name and mount path for each SecretProviderClass this pod mounts: the default for the first. */
function volumeNames(
  pod: Fields,
  ids: string[],
  groups: Map<string, Group>,
  r: Resolved,
): Map<string, { volume: string; path: string }> {
  const names = new Map<string, { volume: string; path: string }>()
  const volumes = list(pod['volumes']).map(fields)
  ids.forEach((id, i) => {
    const g = groups.get(id)
    if (!g) return
    const taken = volumes.find((v) => v['name'] === SECRETS_VOLUME)
    const ours =
      taken === undefined ||
      fields(fields(fields(taken)['csi'])['volumeAttributes'])['secretProviderClass'] === g.spcName
    names.set(
      id,
      i === 0 && ours
        ? { volume: SECRETS_VOLUME, path: r.mount }
        : { volume: `${SECRETS_VOLUME}-${g.vault}`, path: `${r.mount}-${g.vault}` },
    )
  })
  return names
}

/** Env values rewritten in place (order matters for `$(VAR)` references); those read from files are removed. */
function withEnv(container: Fields, plan: ContainerPlan): Fields {
  const env = list(container['env']).flatMap((raw) => {
    const e = fields(raw)
    const change = plan.env.get(text(e['name']) ?? '')
    if (!change) return [raw]
    if ('file' in change) return []
    return [{ name: e['name'], valueFrom: { secretKeyRef: { name: change.secretName, key: change.key } } }]
  })
  // Key order kept: the rewritten env takes the place of the old one, and goes when nothing is left.
  return Object.fromEntries(
    Object.entries(container).flatMap(([k, v]) =>
      k !== 'env' ? [[k, v]] : env.length > 0 ? [[k, env]] : [],
    ),
  )
}

function setContainer(spec: Fields, name: string, patch: (c: Fields) => Fields): Fields {
  const map = (items: unknown) => list(items).map((c) => (fields(c)['name'] === name ? patch(fields(c)) : c))
  return {
    ...spec,
    ...(spec['initContainers'] !== undefined ? { initContainers: map(spec['initContainers']) } : {}),
    ...(spec['containers'] !== undefined ? { containers: map(spec['containers']) } : {}),
  }
}

export interface PatchedWorkload {
  object: Fields
  configMap?: Manifest
  rows: ReportRow[]
}

/** Applies a workload's plan: env rewrites, the CSI volumes and mounts, and the wrapper where files feed env vars. */
export function applyPlan(
  doc: ImportedDoc,
  plans: Map<string, ContainerPlan>,
  groups: Map<string, Group>,
  r: Resolved,
): PatchedWorkload {
  const rows: ReportRow[] = []
  let pod = podOf(doc.object, doc.kind)
  const ids = [...new Set([...plans.values()].flatMap((p) => [...p.groups]))]
  const names = volumeNames(pod.spec, ids, groups, r)
  const sa = (text(pod.spec['serviceAccountName']) ?? '').trim() || r.sa
  // The wrapper's script serves every container of this pod that needs it, reading the files of its first volume.
  const wrapped: ResolvedObject[] = []
  for (const plan of plans.values()) {
    for (const [env, change] of plan.env) {
      if ('file' in change)
        wrapped.push({
          name: change.file,
          type: 'secret',
          env,
          file: change.file,
          version: '',
          vault: '',
          fileName: change.file,
        })
    }
  }
  const first = groups.get(ids[0] ?? '')
  const wr: Resolved = {
    ...r,
    app: doc.name,
    ns: doc.namespace || r.ns,
    sa,
    spc: first?.spcName ?? r.spc,
    mount: names.get(ids[0] ?? '')?.path ?? r.mount,
    objects: wrapped,
  }
  for (const [name, plan] of plans) {
    pod = { labels: pod.labels, spec: setContainer(pod.spec, name, (c) => withEnv(c, plan)) }
    const needsWrapper = [...plan.env.values()].some((change) => 'file' in change)
    const base = podAdditions(needsWrapper ? wr : { ...wr, objects: [] }, 2)
    // The generator's building blocks: a CSI volume per vault, with its mount, and the wrapper's.
    const volumes = [...plan.groups].flatMap((id) => {
      const g = groups.get(id)
      const n = names.get(id)
      if (!g || !n) return []
      return [secretsVolume({ ...wr, spc: g.spcName }, { name: n.volume, mountPath: n.path })]
    })
    let args = base.container.args
    if (needsWrapper) {
      // akv2k8s's webhook set the command to its own azure-keyvault-env, a static Go binary (Makefile
      // build-vaultenv: CGO_ENABLED=0) copied in by an init container (cmd/azure-keyvault-secrets-webhook/
      // pod.go): it needed nothing from the image. The wrapper is a shell script.
      const shell = base.container.command?.[0] ?? '/bin/sh'
      rows.push({
        at: doc.at,
        construct: `container ${name} of ${doc.kind} ${doc.name}`,
        status: 'caveat',
        result: `the start-up wrapper runs ${shell} from the app's image, where akv2k8s injected a static binary of its own: an image without a shell (distroless, scratch) worked with akv2k8s and now fails to start`,
        todo: `check the image has ${shell}; if it has none, allow a copy in a Kubernetes Secret (copy=ok: env from secretKeyRef, no wrapper) or let the app read the mounted files`,
      })
      const found = wrapperArgsFor(containerNamed(pod, name), base.container.args ?? [])
      args = found.args
      if (!found.known) {
        rows.push({
          at: doc.at,
          construct: `container ${name} of ${doc.kind} ${doc.name}`,
          status: 'caveat',
          result:
            'it has no command, so the start-up wrapper cannot tell what to start (the image ENTRYPOINT is not in the manifest)',
          todo: "set the answer cmd to the image's ENTRYPOINT and CMD, or set command in the manifest",
        })
      }
    }
    pod = addOptionToPod(
      pod,
      {
        labels: base.labels,
        ...(base.serviceAccountName ? { serviceAccountName: sa } : {}),
        volumes: [...volumes, ...(needsWrapper ? [wrapperVolume(wr)] : [])],
        container: {
          ...(needsWrapper ? { command: base.container.command, args } : {}),
          env: [],
        },
      },
      name,
    )
  }
  if (!text(podOf(doc.object, doc.kind).spec['serviceAccountName']) && text(pod.spec['serviceAccountName'])) {
    rows.push({
      at: doc.at,
      construct: objectLabel(doc),
      status: 'info',
      result: `serviceAccountName ${sa} added: with workload identity the driver reads the vault with the pod's service account`,
      todo: `create ServiceAccount ${sa}; its federated credential is clean-up step 1`,
    })
  }
  const configMap = wrapped.length > 0 ? wrapperConfigMap(wr) : undefined
  if (configMap && !doc.namespace) delete configMap.metadata.namespace
  return { object: withPod(doc.object, doc.kind, pod), ...(configMap ? { configMap } : {}), rows }
}
