import type { Plan } from '../../plan/plan.ts'
import type { FileLanguage, OutputFile } from '../types.ts'
import { applyScript } from './apply-script.ts'
import { bicepOutput } from './bicep/index.ts'
import { iacModel, WORKLOAD_IDENTITY_POINTER, type IacNotGenerated } from './model.ts'
import { terraformFiles } from './terraform/index.ts'

import { APPLY_SCRIPT, IAC_FORMAT_NAME as FORMAT_NAME, type IacFormat } from './names.ts'
const LANGUAGE: Record<IacFormat, FileLanguage> = { terraform: 'hcl', bicep: 'bicep' }

const titleOf = (name: string): string => name.replace(/^azure\//, '')

/** What the README and the note in azure/ say when an identity mode is not written as code. */
export function notGeneratedText(format: IacFormat, n: IacNotGenerated): string {
  return `${FORMAT_NAME[format]} is not generated for this identity. ${n.reason} ${WORKLOAD_IDENTITY_POINTER}`
}

/**
 * The Azure side as code for a plan: the IaC files and apply.sh (the IaC, then the manifests), or, for an
 * identity mode the IaC cannot own, none: the caller keeps azure-setup.sh and `azure/README.md` says why.
 */
export function iacFiles(
  plan: Plan,
  format: IacFormat,
  manifestFiles: readonly OutputFile[],
): { files: OutputFile[]; generated: boolean } {
  const model = iacModel(plan)
  if (model.kind === 'not-generated') {
    return {
      generated: false,
      files: [
        {
          name: 'azure/README.md',
          title: `${FORMAT_NAME[format]}: not generated`,
          kind: 'iac',
          language: 'markdown',
          content: `# ${FORMAT_NAME[format]}: not generated\n\n${notGeneratedText(format, model)}\n`,
        },
      ],
    }
  }
  const written = format === 'terraform' ? terraformFiles(model) : bicepOutput(model).files
  return {
    generated: true,
    files: [
      ...written.map(({ name, content }): OutputFile => ({
        name,
        title: titleOf(name),
        kind: 'iac',
        language: name.endsWith('.tf') ? 'hcl' : LANGUAGE[format],
        content,
      })),
      {
        name: APPLY_SCRIPT,
        title: `Apply (${FORMAT_NAME[format]}, then manifests)`,
        kind: 'script',
        language: 'shell',
        content: applyScript(plan, model, format, manifestFiles),
      },
    ],
  }
}
