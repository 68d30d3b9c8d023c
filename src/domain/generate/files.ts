import type { Manifest, OutputFile } from './types.ts'
import { toYaml } from './yaml.ts'

/**
 * Each manifest as a downloadable file named by its kind (`deployment.yaml`); a second object of one kind
 * gets its name in the file name too (`secretproviderclass-web-keyvault.yaml`), so no file hides another.
 */
export function manifestFiles(manifests: readonly Manifest[]): OutputFile[] {
  const count = new Map<string, number>()
  for (const m of manifests) count.set(m.kind, (count.get(m.kind) ?? 0) + 1)
  return manifests.map((manifest) => {
    const kind = manifest.kind.toLowerCase()
    const single = count.get(manifest.kind) === 1
    return {
      name: single ? `${kind}.yaml` : `${kind}-${manifest.metadata.name}.yaml`,
      title: single ? manifest.kind : `${manifest.kind} ${manifest.metadata.name}`,
      kind: 'manifest',
      language: 'yaml',
      content: toYaml(manifest),
    }
  })
}

export const scriptFile = (content: string): OutputFile => ({
  name: 'azure-setup.sh',
  title: 'Azure CLI',
  kind: 'script',
  language: 'shell',
  content,
})
