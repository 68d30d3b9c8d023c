import type { OptionId } from '../answers/model.ts'
import type { Manifest } from '../k8s/types.ts'

export type FileLanguage = 'yaml' | 'shell' | 'python' | 'csharp' | 'java' | 'javascript' | 'go'

export type { Manifest } from '../k8s/types.ts'

/** One file the user can copy or download. */
export interface OutputFile {
  /** File name for download, e.g. `secretproviderclass.yaml`, `azure-setup.sh`, `app.py`. */
  name: string
  /** Tab title, e.g. "SecretProviderClass". */
  title: string
  kind: 'manifest' | 'script' | 'code'
  language: FileLanguage
  content: string
}

export interface Generated {
  option: OptionId
  /** Every Kubernetes manifest, in apply order. */
  manifests: Manifest[]
  /** Manifests (one file each), then the Azure CLI script, then the code sample when there is one. */
  files: OutputFile[]
  /**
   * What else the folder's README must say about these files (the operators the script installs and why);
   * empty for the files of every link written before issue 17.
   */
  notes: string[]
  /** All manifests as one multi-document YAML stream: what `npm run generate` prints and "download all" saves. */
  allManifests: string
}
