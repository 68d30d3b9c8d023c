import type { Plan } from '../plan/plan.ts'
import type { VaultPlan } from '../plan/vaults.ts'
import type { Manifest, OutputFile, RenderInput } from './types.ts'

/** The kinds of row of the outputs table (outputs.ts), apart from it so a renderer's rows (iac/) can name them. */

export interface Row {
  id: string
  /** The file's name; from the plan where an answer picks it (the code sample's language). */
  name: (plan: Plan) => string
  /** Whether the plan needs the file. */
  when: (plan: Plan) => boolean
}

/** A Kubernetes object: one file, in apply order, and one document of the manifest stream. */
export interface ManifestRow extends Row {
  stage: 'manifest'
  /** The object, from the plan; for a `perVault` row, the first vault's (what the importer's bridge reads). */
  build: (plan: Plan) => Manifest
  /**
   * One object per vault of the plan (a SecretProviderClass names one vault): with one vault the file is
   * `name(plan)`, as before objects had a vault; with several, one file per vault, `<id>-<vault>.yaml`.
   */
  perVault?: (plan: Plan, vault: VaultPlan) => Manifest
  /**
   * The app's own workload: the importer patches the user's workloads instead of adding it. Every other
   * manifest row is an object the importer adds unless the input already has it.
   */
  workload?: true
}

/** Any other generated file: a script, a code sample, IaC. The page shows it in a tab. */
export interface FileRow extends Row {
  stage: 'file'
  /** The whole file, named `name(plan)`; its tab title and language too. */
  render: (input: RenderInput) => OutputFile
}

/** A file only of the runnable folder (the zip, `--out`): rendered last, from every other file. */
export interface FolderRow extends Row {
  stage: 'folder'
  render: (input: RenderInput) => string
}

export type OutputRow = ManifestRow | FileRow | FolderRow
