import type { Answers, OptionId } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { planFor, type Plan } from '../plan/plan.ts'
import { azureSetupScript } from './azure-cli/index.ts'
import { codeSample } from './code-samples/index.ts'
import { manifestFiles, scriptFile } from './files.ts'
import { manifestsFor } from './manifests.ts'
import { readmeNotes } from './readme-notes.ts'
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
  return {
    option: plan.option,
    manifests,
    files: [
      ...files,
      scriptFile(azureSetupScript(plan, files)),
      ...(plan.codeSample ? [codeSample(plan.r)] : []),
    ],
    notes: readmeNotes(plan),
    allManifests: toYamlStream(manifests),
  }
}

/** The files of one option for these answers. */
export const generate = (answers: Answers, option: OptionId): Generated =>
  generateFromPlan(planFor(resolve(answers), option))
