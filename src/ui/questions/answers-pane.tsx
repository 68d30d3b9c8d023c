import { keysInGroup, type Assessment, type QuestionGroup } from '../../domain/index.ts'
import { ImportPanel } from '../import/import-panel.tsx'
import { Question } from './question.tsx'

const GROUPS: readonly { id: QuestionGroup; title: string }[] = [
  { id: 'application', title: 'Application' },
  { id: 'secrets', title: 'Secrets' },
  { id: 'identity', title: 'Identity and cluster' },
  { id: 'names', title: 'Names' },
]

/** The left pane: every question of the registry, grouped, visible and changeable at any time. */
export function AnswersPane({ engine }: { engine: Assessment }) {
  return (
    <div className="answers-pane">
      <ImportPanel />
      {GROUPS.map((group) => (
        <section key={group.id} className="card" aria-labelledby={`g-${group.id}`}>
          <h2 id={`g-${group.id}`}>{group.title}</h2>
          {keysInGroup(group.id).map((key) => (
            <Question key={key} name={key} engine={engine} />
          ))}
        </section>
      ))}
    </div>
  )
}
