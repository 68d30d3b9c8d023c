import type { Assessment, Generated, Readiness } from '../../domain/index.ts'
import { downloadText } from '../common/clipboard.ts'
import { downloadFolder } from '../files/zip.ts'

/** Today as the decision record dates it: the user's local day, `YYYY-MM-DD`. */
function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** What the record cannot know from the answers: the day, and the page's own address for the permalink. */
const recordContext = () => ({
  date: today(),
  pageUrl: `${window.location.origin}${window.location.pathname}`,
})

// The files are on screen by the time either button is enabled, so the engine chunk is already loaded.
const engine = () => import('../../domain/engine.ts')

/**
 * What "Download all" saves: the runnable folder as one zip archive, the same files `npm run generate
 * -- ... --out DIR` writes (every file of the option, the decision record and a README saying what to run).
 */
export async function downloadAll(a: Assessment, generated: Generated, readiness: Readiness): Promise<void> {
  const { folderWithRecord } = await engine()
  const folder = folderWithRecord(a, generated, readiness, recordContext())
  return downloadFolder(`akv-wizard-${a.resolved.app}`, folder)
}

/** The decision record alone, `decision.md` (MADR 4.0): the same bytes as in the folder. */
export async function downloadDecision(a: Assessment, generated: Generated, readiness: Readiness) {
  const { decisionFile } = await engine()
  const file = decisionFile(a, generated, readiness, recordContext())
  downloadText(file.name, file.content, 'text/markdown')
}
