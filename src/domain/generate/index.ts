import type { Answers, OptionId } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { planFor, type Plan } from '../plan/plan.ts'
import { manifestFile, outputsFor, rowManifests } from './outputs.ts'
import type { Generated, Manifest, OutputFile } from './types.ts'
import { toYamlStream } from './yaml.ts'

/**
 * The files of a plan: the rows of the outputs table it needs (outputs.ts), rendered in table order; the
 * runnable folder's own rows (the README) are rendered by `runnableFolder`. Never validates and never
 * throws: any text, valid or hostile, gives structurally sound YAML and shell (values are dumped and
 * quoted, never pasted into markup), and the wizard decides from its own validation whether to show them.
 */
export function generateFromPlan(plan: Plan): Generated {
  const manifests: Manifest[] = []
  const files: OutputFile[] = []
  for (const row of outputsFor(plan)) {
    if (row.stage === 'manifest') {
      for (const { name, manifest, vault } of rowManifests(row, plan)) {
        manifests.push(manifest)
        files.push(manifestFile(name, manifest, vault))
      }
    } else if (row.stage === 'file') files.push(row.render({ plan, earlier: files, notes: [] }))
  }
  return { option: plan.option, plan, manifests, files, allManifests: toYamlStream(manifests) }
}

/** The files of one option for these answers. */
export const generate = (answers: Answers, option: OptionId): Generated =>
  generateFromPlan(planFor(resolve(answers), option))
