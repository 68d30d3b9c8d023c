import type { Assessment, Generated, Readiness } from '../../domain/index.ts'
import { downloadFolder } from '../files/zip.ts'

/**
 * What "Download all" saves: the runnable folder as one zip archive, the same files `npm run generate
 * -- ... --out DIR` writes (every file of the option and a README saying what to run in what order).
 */
export async function downloadAll(
  engine: Assessment,
  generated: Generated,
  readiness: Readiness,
): Promise<void> {
  // The folder is the outputs table's: in the engine's chunk, which is loaded once there are files.
  const { runnableFolder } = await import('../../domain/engine.ts')
  return downloadFolder(`akv-wizard-${engine.resolved.app}`, runnableFolder(generated, readiness.missing))
}
