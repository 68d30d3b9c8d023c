import type { Generated } from '../../domain/index.ts'
import { downloadText } from '../common/clipboard.ts'

export const ALL_MANIFESTS_FILE = 'akv-wizard-manifests.yaml'

/** What "Download all" saves: the one function the summary's button calls. */
export function downloadAll(generated: Generated): void {
  downloadText(ALL_MANIFESTS_FILE, generated.allManifests, 'application/yaml')
}
