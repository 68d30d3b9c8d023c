import type { Plan } from '../../plan/plan.ts'
import type { FileRow } from '../output-rows.ts'
import type { FileLanguage, OutputFile } from '../types.ts'
import { applyScript } from './apply-script.ts'
import { bicepOutput } from './bicep/index.ts'
import { iacModel, WORKLOAD_IDENTITY_POINTER, type IacModel, type IacNotGenerated } from './model.ts'
import { APPLY_SCRIPT, IAC_FORMAT_NAME, type IacFormat } from './names.ts'
import { terraformFiles } from './terraform/index.ts'

/**
 * The Azure side as code as rows of the outputs table (../outputs.ts): one row per file of `azure/`, the
 * note that says why an identity mode is not written as code, and apply.sh. Each renders from the plan's
 * IaC model, worked out once per plan.
 */

const models = new WeakMap<Plan, IacModel | IacNotGenerated>()
const modelOf = (plan: Plan): IacModel | IacNotGenerated => {
  let model = models.get(plan)
  if (model === undefined) {
    model = iacModel(plan)
    models.set(plan, model)
  }
  return model
}

const formatOf = (plan: Plan): IacFormat | undefined => (plan.r.iac === 'cli' ? undefined : plan.r.iac)
const generatedAs = (plan: Plan, format: IacFormat): IacModel | undefined => {
  const model = modelOf(plan)
  return formatOf(plan) === format && model.kind === 'generated' ? model : undefined
}

/** azure-setup.sh stays unless the Azure side is written as code (not for an identity mode it cannot own). */
export const scriptStays = (plan: Plan): boolean =>
  formatOf(plan) === undefined || modelOf(plan).kind === 'not-generated'

/** What the README and the note in azure/ say when an identity mode is not written as code. */
export function notGeneratedText(format: IacFormat, n: IacNotGenerated): string {
  if (n.ingressOnly) return `${IAC_FORMAT_NAME[format]} is not generated. ${n.reason}`
  return `${IAC_FORMAT_NAME[format]} is not generated for this identity. ${n.reason} ${WORKLOAD_IDENTITY_POINTER}`
}

const LANGUAGE: Record<IacFormat, FileLanguage> = { terraform: 'hcl', bicep: 'bicep' }

/** The renderers' files of one format, by name (each is a pure function of the model, and cheap). */
const filesOf = (model: IacModel, format: IacFormat): { name: string; content: string }[] =>
  format === 'terraform' ? terraformFiles(model) : bicepOutput(model).files

/** The row of the file at `index` of a format's files (names come from the renderer). */
function iacRow(id: string, format: IacFormat, index: number): FileRow {
  const file = (plan: Plan): { name: string; content: string } | undefined => {
    const model = generatedAs(plan, format)
    return model === undefined ? undefined : filesOf(model, format)[index]
  }
  return {
    id,
    stage: 'file',
    name: (plan) => file(plan)?.name ?? '',
    when: (plan) => file(plan) !== undefined,
    render: ({ plan }): OutputFile => {
      const { name, content } = file(plan) ?? { name: '', content: '' }
      return { name, title: name.replace(/^azure\//, ''), kind: 'iac', language: LANGUAGE[format], content }
    },
  }
}

export const IAC_ROWS: readonly FileRow[] = [
  iacRow('terraform-main', 'terraform', 0),
  iacRow('terraform-variables', 'terraform', 1),
  iacRow('terraform-outputs', 'terraform', 2),
  iacRow('terraform-versions', 'terraform', 3),
  iacRow('bicep-main', 'bicep', 0),
  // One module per vault: the model holds one vault today (several vaults need a row per vault).
  iacRow('bicep-key-vault-access', 'bicep', 1),
  iacRow('bicep-parameters', 'bicep', 2),
  {
    id: 'iac-not-generated',
    stage: 'file',
    name: () => 'azure/README.md',
    when: (plan) => formatOf(plan) !== undefined && modelOf(plan).kind === 'not-generated',
    render: ({ plan }) => {
      const format = formatOf(plan) ?? 'terraform'
      const model = modelOf(plan)
      const text = model.kind === 'not-generated' ? notGeneratedText(format, model) : ''
      return {
        name: 'azure/README.md',
        title: `${IAC_FORMAT_NAME[format]}: not generated`,
        kind: 'iac',
        language: 'markdown',
        content: `# ${IAC_FORMAT_NAME[format]}: not generated\n\n${text}\n`,
      }
    },
  },
  {
    id: 'apply',
    stage: 'file',
    name: () => APPLY_SCRIPT,
    when: (plan) => !scriptStays(plan),
    render: ({ plan, earlier }) => {
      const format = formatOf(plan) ?? 'terraform'
      const model = modelOf(plan)
      return {
        name: APPLY_SCRIPT,
        title: `Apply (${IAC_FORMAT_NAME[format]}, then manifests)`,
        kind: 'script',
        language: 'shell',
        content:
          model.kind === 'generated'
            ? applyScript(
                plan,
                model,
                format,
                earlier.filter((f) => f.kind === 'manifest'),
              )
            : '',
      }
    },
  },
]
