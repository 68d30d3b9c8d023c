import { keysInGroup, type AnswerKey, type Assessment, type QuestionGroup } from '../../domain/index.ts'
import { useAnswers } from '../../state/answers-store.ts'
import { jumpTo } from '../common/jump.ts'
import { ImportPanel } from '../import/import-panel.tsx'
import { AnswersStep } from './answers-step.tsx'
import { FoldedGroup } from './folded-group.tsx'
import { Question } from './question.tsx'

/** The form's layout: its cards in order; a folded card is a disclosure whose summary names what it holds. */
const GROUPS: readonly { id: QuestionGroup; title: string; folded?: string }[] = [
  { id: 'app', title: 'Your app' },
  { id: 'decisions', title: 'What decides the option' },
  { id: 'deployment', title: 'Image and Azure' },
  {
    id: 'advanced',
    title: 'Advanced',
    folded: 'namespace, service account, class name, mount path, poll interval, cloud',
  },
]

/** The left pane: every question of the registry, grouped, visible and changeable at any time. */
export function AnswersPane({ engine }: { engine: Assessment }) {
  const answers = useAnswers((s) => s.answers)
  // A folded card opens when one of its questions holds an answer (a link's `ns=payments`) or a problem.
  const holds = (key: AnswerKey) => {
    const value = key === 'o' ? answers.objects.length : answers[key]
    return (value !== undefined && value !== '' && value !== 0) || engine.issues.some((i) => i.key === key)
  }
  return (
    <div className="answers-pane">
      {/* A phone shows the page as two steps, one below the other: the answers, then the result. */}
      <AnswersStep>
        <ImportPanel />
        {GROUPS.map((group) => {
          const questions = keysInGroup(group.id).map((key) => (
            <Question key={key} name={key} engine={engine} />
          ))
          return group.folded ? (
            <FoldedGroup
              key={group.id}
              id={`g-${group.id}`}
              title={group.title}
              note={group.folded}
              reveal={keysInGroup(group.id).some((key) => holds(key))}
            >
              {questions}
            </FoldedGroup>
          ) : (
            <section key={group.id} className="card" aria-labelledby={`g-${group.id}`}>
              <h2 id={`g-${group.id}`}>{group.title}</h2>
              {questions}
              {group.id === 'app' ? (
                // What the Your app card holds is often all a user knows: straight on to the files from
                // here, past the other cards and the recommendation (30-odd Tab stops).
                <p className="card-next">
                  <a href="#files" className="jump" onClick={jumpTo('files')}>
                    ↓ Next: the generated files
                  </a>
                </p>
              ) : null}
            </section>
          )
        })}
      </AnswersStep>
    </div>
  )
}
