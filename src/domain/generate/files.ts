import type { Manifest, OutputFile } from './types.ts'
import { toYaml } from './yaml.ts'

/** One manifest as a downloadable file named by its kind: `deployment.yaml`, `secretproviderclass.yaml`. */
export const manifestFile = (manifest: Manifest): OutputFile => ({
  name: `${manifest.kind.toLowerCase()}.yaml`,
  title: manifest.kind,
  kind: 'manifest',
  language: 'yaml',
  content: toYaml(manifest),
})

export const scriptFile = (content: string): OutputFile => ({
  name: 'azure-setup.sh',
  title: 'Azure CLI',
  kind: 'script',
  language: 'shell',
  content,
})
