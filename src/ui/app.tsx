import { useLastGood } from '../state/last-good.ts'
import { useAssessment, useGenerated } from '../state/use-engine.ts'
import { jumpTo } from './common/jump.ts'
import { DiagnoseSection } from './diagnose/lazy-diagnose-panel.tsx'
import { FilesPanel } from './files/files-panel.tsx'
import { Header } from './layout/header.tsx'
import { LinkNotices } from './layout/link-notices.tsx'
import { Presets } from './layout/presets.tsx'
import { AnswersPane } from './questions/answers-pane.tsx'
import { RecommendationPanel } from './result/recommendation-panel.tsx'
import { readinessFor } from './result/readiness.ts'
import { SummaryBar } from './result/summary-bar.tsx'

/**
 * One page, two panes: answers on the left, the recommendation and the files on the right, and a summary
 * that stays in view at every width. While a value is invalid the last good files stay, marked as such.
 */
export function App() {
  const engine = useAssessment()
  const generated = useGenerated(engine)
  const shown = useLastGood(generated.value, engine.invalid.length === 0)
  // Worked out once for the summary and the files' tabs: placeholders are found in the files themselves.
  const readiness = readinessFor(engine, shown.value)
  return (
    <>
      <nav className="skip-links" aria-label="Skip links">
        <a href="#recommendation" onClick={jumpTo('recommendation')}>
          Skip to the recommendation
        </a>
        <a href="#files" onClick={jumpTo('files')}>
          Skip to the files
        </a>
      </nav>
      <Header />
      <SummaryBar engine={engine} files={shown.value} stale={shown.stale} readiness={readiness} />
      <LinkNotices />
      <Presets />
      <main className="layout">
        <AnswersPane engine={engine} />
        <div className="result-pane">
          <h2 className="step">Step 2 · The result</h2>
          <RecommendationPanel engine={engine} />
          <FilesPanel engine={engine} files={generated} shown={shown} readiness={readiness} />
          <DiagnoseSection />
        </div>
      </main>
    </>
  )
}
