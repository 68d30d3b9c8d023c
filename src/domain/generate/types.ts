import type { OptionId } from '../answers/model.ts'
import type { Manifest } from '../k8s/types.ts'
import type { Plan } from '../plan/plan.ts'

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
  /** What the files were written for: the runnable folder renders its own rows (the README) from it. */
  plan: Plan
  /** Every Kubernetes manifest, in apply order. */
  manifests: Manifest[]
  /** The rows of the outputs table the plan needs (outputs.ts): manifests, the Azure CLI script, the code sample. */
  files: OutputFile[]
  /** All manifests as one multi-document YAML stream: what `npm run generate` prints and "download all" saves. */
  allManifests: string
}

/**
 * One value still a placeholder in the files, keyed by its permalink key (`tenant`, `o[1]`), as the page and
 * the command line's "Not ready to apply as is" list it. Computed by the caller: the folder only lists them.
 */
export interface PlaceholderNote {
  key: string
  message: string
}

/** What a row renders from: the plan, and the files of the rows before it (the script applies the manifests). */
export interface RenderInput {
  plan: Plan
  earlier: readonly OutputFile[]
  /** The values still placeholders, for the rows of the runnable folder (the README lists them). */
  notes: readonly PlaceholderNote[]
  /** Files of the folder that are not outputs (the decision record): the README lists them too. */
  records?: readonly { name: string; title: string }[]
}
