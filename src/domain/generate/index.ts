import type { Answers, OptionId } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { azureSetupScript } from './azure-cli/index.ts'
import { codeSample } from './code-samples/index.ts'
import { manifestFile, scriptFile } from './files.ts'
import { manifestsFor } from './manifests.ts'
import type { Generated } from './types.ts'
import { toYamlStream } from './yaml.ts'

/**
 * The files for one option. Never validates and never throws: any text, valid or hostile, gives
 * structurally sound YAML and shell (values are dumped and quoted, never pasted into markup), and the
 * wizard decides from its own validation whether to show them.
 */
export function generate(answers: Answers, option: OptionId): Generated {
  const r = resolve(answers)
  const manifests = manifestsFor(r, option)
  const manifestFiles = manifests.map(manifestFile)
  return {
    option,
    manifests,
    files: [
      ...manifestFiles,
      scriptFile(azureSetupScript(r, option, manifestFiles)),
      ...(option === 1 ? [codeSample(r)] : []),
    ],
    allManifests: toYamlStream(manifests),
  }
}
