import { useAssessment, useGenerated } from '../state/use-engine.ts'
import { DiagnoseSection } from './diagnose/lazy-diagnose-panel.tsx'
import { FilesPanel } from './files/files-panel.tsx'
import { Header } from './layout/header.tsx'
import { LinkNotices } from './layout/link-notices.tsx'
import { AnswersPane } from './questions/answers-pane.tsx'
import { PermalinkBar } from './result/permalink-bar.tsx'
import { RecommendationPanel } from './result/recommendation-panel.tsx'

/** One page, two panes: answers on the left, the recommendation and the files on the right. */
export function App() {
  const engine = useAssessment()
  const generated = useGenerated(engine)
  return (
    <>
      <Header />
      <LinkNotices />
      <main className="layout">
        <AnswersPane engine={engine} />
        <div className="result-pane">
          <RecommendationPanel rec={engine.recommendation} />
          <PermalinkBar />
          <FilesPanel engine={engine} files={generated} />
          <DiagnoseSection />
        </div>
      </main>
    </>
  )
}
