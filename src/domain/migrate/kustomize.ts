import { toYaml, toYamlStream } from './shared/bridge.ts'
import { jsonPatch } from './json-patch.ts'
import type { MigrationResult } from './migrate.ts'
import type { ImportedDoc } from './shared/types.ts'

export interface OverlayFile {
  /** Relative to the overlay's folder. */
  path: string
  content: string
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9.-]+/g, '-')

function target(doc: ImportedDoc): Record<string, string> {
  const [group, version] = doc.apiVersion.includes('/') ? doc.apiVersion.split('/') : ['', doc.apiVersion]
  return {
    ...(group ? { group } : {}),
    version: version ?? '',
    kind: doc.kind,
    name: doc.name,
    ...(doc.namespace ? { namespace: doc.namespace } : {}),
  }
}

/**
 * A Kustomize overlay that turns the untouched inputs into the migration's output: the inputs as resources
 * (`inputPaths`, relative to the overlay folder), the added objects in one file, one JSON6902 patch per
 * patched workload, and a `$patch: delete` per removed object (akv2k8s resources, Secrets with values).
 * `sortOptions: fifo` keeps the input order instead of kustomize's kind order.
 */
export function kustomizeOverlay(result: MigrationResult, inputPaths: readonly string[]): OverlayFile[] {
  const files: OverlayFile[] = []
  const added = result.output.filter((d) => d.change === 'added').map((d) => d.object)
  if (added.length > 0) files.push({ path: 'added.yaml', content: toYamlStream(added) })
  const patches: Record<string, unknown>[] = []
  result.output
    .filter((d) => d.change === 'patched' && d.source)
    .forEach((d, i) => {
      const source = d.source as ImportedDoc
      const path = `patches/${String(i + 1).padStart(3, '0')}-${slug(source.kind)}-${slug(source.name)}.yaml`
      files.push({ path, content: toYaml(jsonPatch(source.object, d.object)) })
      patches.push({ path, target: target(source) })
    })
  for (const doc of result.removed) {
    const metadata = { name: doc.name, ...(doc.namespace ? { namespace: doc.namespace } : {}) }
    patches.push({
      patch: toYaml({ $patch: 'delete', apiVersion: doc.apiVersion, kind: doc.kind, metadata }),
    })
  }
  const kustomization = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [...inputPaths, ...(added.length > 0 ? ['added.yaml'] : [])],
    ...(patches.length > 0 ? { patches } : {}),
    sortOptions: { order: 'fifo' },
  }
  return [{ path: 'kustomization.yaml', content: toYaml(kustomization) }, ...files]
}
