import type { Answers, OptionId } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { planFor, type Plan } from '../plan/plan.ts'
import { azureSetupScript } from './azure-cli/index.ts'
import { codeSample } from './code-samples/index.ts'
import { manifestFiles, scriptFile } from './files.ts'
import { iacFiles } from './iac/index.ts'
import { iacReadme } from './iac/readme.ts'
import { manifestsFor } from './manifests.ts'
import type { Generated } from './types.ts'
import { toYamlStream } from './yaml.ts'

/**
 * The files of a plan: its manifests (one file each), the Azure CLI script, and the code sample when the
 * plan has one. Never validates and never throws: any text, valid or hostile, gives structurally sound YAML
 * and shell (values are dumped and quoted, never pasted into markup), and the wizard decides from its own
 * validation whether to show them.
 */
export function generateFromPlan(plan: Plan): Generated {
  const manifests = manifestsFor(plan)
  const files = manifestFiles(manifests)
  const iac = plan.r.iac === 'cli' ? undefined : iacFiles(plan, plan.r.iac, files)
  return {
    option: plan.option,
    manifests,
    files: [
      ...files,
      // The IaC replaces the script, except for an identity mode it cannot own (its note says why).
      ...(iac?.generated ? [] : [scriptFile(azureSetupScript(plan, files))]),
      ...(iac?.files ?? []),
      ...(plan.codeSample ? [codeSample(plan.r)] : []),
    ],
    allManifests: toYamlStream(manifests),
    ...(iac === undefined ? {} : { iacReadme: iacReadme(iac.files, files) }),
  }
}

/** The files of one option for these answers. */
export const generate = (answers: Answers, option: OptionId): Generated =>
  generateFromPlan(planFor(resolve(answers), option))
