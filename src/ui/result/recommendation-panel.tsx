import { OPTION_TITLES, OPTION_VALUES, type Recommendation, type Verdict } from '../../domain/index.ts'
import { chooseAnswer } from '../../state/answers-store.ts'
import { focusField } from '../common/focus-field.ts'
import { RichText } from '../common/rich-text.tsx'

const VERDICT_TEXT: Record<Verdict, string> = { fits: 'Fits', caveat: 'Caveat', no: 'Does not fit' }
const VERDICT_ICON: Record<Verdict, string> = { fits: '✔', caveat: '!', no: '✖' }

/** The option, why, what would change it, and the three options judged against every answer. */
export function RecommendationPanel({ rec }: { rec: Recommendation }) {
  const overridden = rec.generated !== rec.recommended
  return (
    <section className="card recommendation" aria-labelledby="rec-title">
      {/* The test hook holds the verdict alone: it names the recommended option, and no other, as "Option N". */}
      <div data-testid="recommendation">
        <p className="eyebrow">Recommendation</p>
        <h2 id="rec-title">{rec.heading}</h2>
        <p className="summary">{rec.summary}</p>
        <ul className="reasons">
          {rec.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {rec.flip ? (
          <p className="flip">
            <strong>What would change it: </strong>
            <button type="button" className="link" onClick={() => focusField(`q-${rec.flip?.key}`)}>
              {rec.flip.text}
            </button>
          </p>
        ) : null}
      </div>

      <OptionChooser rec={rec} />
      {overridden ? (
        <div className="violations" role="note">
          <p>
            <strong>
              Generating option {rec.generated} instead of option {rec.recommended}.
            </strong>{' '}
            {rec.violations.length > 0
              ? 'It goes against these answers:'
              : 'It goes against none of your answers.'}
          </p>
          <ul>
            {rec.violations.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {rec.warnings.length > 0 ? (
        <div className="warnings">
          <h3>Warnings</h3>
          <ul>
            {rec.warnings.map((w) => (
              <li key={w.id}>
                <RichText text={w.text} />{' '}
                <span className="remedy">
                  <RichText text={w.remedy} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <VerdictTable rec={rec} />

      {rec.roadmap.length > 0 ? (
        <div className="roadmap">
          <h3>Roadmap to option 1</h3>
          <ol>
            {rec.roadmap.map((step) => (
              <li key={step}>
                <RichText text={step} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  )
}

function OptionChooser({ rec }: { rec: Recommendation }) {
  const choose = (value: string) => chooseAnswer('opt', value === 'rec' ? undefined : value)
  const current = rec.generated === rec.recommended ? 'rec' : String(rec.generated)
  return (
    <div className="field option-chooser">
      <label htmlFor="f-opt">Generate files for</label>
      <select id="f-opt" value={current} onChange={(e) => choose(e.target.value)}>
        <option value="rec">the recommendation (option {rec.recommended})</option>
        {OPTION_VALUES.filter((o) => o !== rec.recommended).map((o) => (
          <option key={o} value={o}>
            option {o} instead: {OPTION_TITLES[o]}
          </option>
        ))}
      </select>
    </div>
  )
}

function VerdictTable({ rec }: { rec: Recommendation }) {
  return (
    <div className="table-scroll">
      <table className="verdicts">
        <caption>The three options against your answers</caption>
        <thead>
          <tr>
            <th scope="col">Answer</th>
            {OPTION_VALUES.map((o) => (
              <th scope="col" key={o} className={o === rec.recommended ? 'recommended' : undefined}>
                Option {o}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rec.table.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <button type="button" className="link" onClick={() => focusField(`q-${row.key}`)}>
                  {row.question}
                </button>
                <span className={row.assumed ? 'answer assumed' : 'answer'}>{row.answer}</span>
              </th>
              {OPTION_VALUES.map((o) => {
                const cell = row.cells[o]
                return (
                  <td key={o} className={`verdict verdict-${cell.verdict}`} data-option={`Option ${o}`}>
                    <span className="verdict-label">
                      <span aria-hidden="true">{VERDICT_ICON[cell.verdict]} </span>
                      {VERDICT_TEXT[cell.verdict]}
                    </span>
                    <span className="verdict-reason">{cell.reason}</span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
