import { useLastGood } from '../state/last-good.ts'
import { useAssessment, useGenerated } from '../state/use-engine.ts'
import { jumpTo } from './common/jump.ts'
import { DiagnoseSection } from './diagnose/lazy-diagnose-panel.tsx'
import { FilesPanel } from './files/files-panel.tsx'
import { Header } from './layout/header.tsx'
import { LinkNotices } from './layout/link-notices.tsx'
import { Presets } from './layout/presets.tsx'
import { MigrateMode, TroubleshootMode } from './modes/lazy-modes.tsx'
import { useMode } from './modes/mode.ts'
import { AnswersPane } from './questions/answers-pane.tsx'
import { RecommendationPanel } from './result/recommendation-panel.tsx'
import { readinessFor } from './result/readiness.ts'
import { SummaryBar } from './result/summary-bar.tsx'

/**
 * One page in three modes (the switch in the header). Decide: answers on the left, the recommendation and
 * the files on the right. Migrate and Troubleshoot: the importer or the diagnosis, full width. The summary
 * stays in view in every mode: the import is generated for its option, and its Download all is the same.
 * While a value is invalid the last good files stay, marked as such.
 */
export function App() {
  const mode = useMode((s) => s.mode)
  const engine = useAssessment()
  const generated = useGenerated(engine)
  const shown = useLastGood(generated.value, engine.invalid.length === 0)
  // Worked out once for the summary and the files' tabs: placeholders are found in the files themselves.
  const readiness = readinessFor(engine, shown.value)
  return (
    <>
      {mode === 'decide' ? (
        <nav className="skip-links" aria-label="Skip links">
          <a href="#recommendation" onClick={jumpTo('recommendation')}>
            Skip to the recommendation
          </a>
          <a href="#files" onClick={jumpTo('files')}>
            Skip to the files
          </a>
        </nav>
      ) : null}
      <Header />
      <SummaryBar engine={engine} files={shown.value} stale={shown.stale} readiness={readiness} />
      <LinkNotices />
      {mode === 'decide' ? <Presets /> : null}
      {mode === 'decide' ? (
        <main className="layout">
          <AnswersPane engine={engine} />
          <div className="result-pane">
            <RecommendationPanel engine={engine} />
            <FilesPanel engine={engine} files={generated} shown={shown} readiness={readiness} />
            <DiagnoseSection />
          </div>
        </main>
      ) : (
        <main className={`mode-${mode}`}>{mode === 'migrate' ? <MigrateMode /> : <TroubleshootMode />}</main>
      )}
    </>
  )
}
