import { runnableFolder, type Assessment, type Generated, type Readiness } from '../../domain/index.ts'
import { downloadFolder } from '../files/zip.ts'

/**
 * What "Download all" saves: the runnable folder as one zip archive, the same files `npm run generate
 * -- ... --out DIR` writes (every file of the option and a README saying what to run in what order).
 */
export function downloadAll(engine: Assessment, generated: Generated, readiness: Readiness): Promise<void> {
  return downloadFolder(`akv-wizard-${engine.resolved.app}`, runnableFolder(generated, readiness.missing))
}
