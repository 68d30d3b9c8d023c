import type { OptionId } from '../answers/model.ts'
import type { Manifest } from '../k8s/types.ts'

export type FileLanguage =
  'yaml' | 'shell' | 'python' | 'csharp' | 'java' | 'javascript' | 'go' | 'hcl' | 'bicep' | 'markdown'

export type { Manifest } from '../k8s/types.ts'

/** One file the user can copy or download. */
export interface OutputFile {
  /** File name for download, e.g. `secretproviderclass.yaml`, `azure-setup.sh`, `app.py`. */
  name: string
  /** Tab title, e.g. "SecretProviderClass". */
  title: string
  /** `iac`: Terraform or Bicep under `azure/` (issue 16). */
  kind: 'manifest' | 'script' | 'code' | 'iac'
  language: FileLanguage
  content: string
}

export interface Generated {
  option: OptionId
  /** Every Kubernetes manifest, in apply order. */
  manifests: Manifest[]
  /** Manifests (one file each), then the Azure CLI script, then the code sample when there is one. */
  files: OutputFile[]
  /** All manifests as one multi-document YAML stream: what `npm run generate` prints and "download all" saves. */
  allManifests: string
  /**
   * With the Azure side as code: the README's step that runs apply.sh (absent when the script stays) and its
   * section on what was checked. Written here, with the generator, so the first screen does not carry it.
   */
  iacReadme?: { runStep?: string; section: string[] }
}
