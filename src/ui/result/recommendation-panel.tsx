import {
  OPTION_TITLES,
  OPTION_VALUES,
  becauseOf,
  type Assessment,
  type Recommendation,
  type Verdict,
} from '../../domain/index.ts'
import { chooseAnswer } from '../../state/answers-store.ts'
import { focusField } from '../common/focus-field.ts'
import { RichText } from '../common/rich-text.tsx'
import { Levers } from '../flow/levers.tsx'
import { useMoved } from '../flow/use-moved.ts'

const VERDICT_TEXT: Record<Verdict, string> = { fits: 'Fits', caveat: 'Caveat', no: 'Does not fit' }
const VERDICT_ICON: Record<Verdict, string> = { fits: '✔', caveat: '!', no: '✖' }

/**
 * The option, why, what would change it, and the three options judged against every answer. The warnings,
 * the table and the roadmap start folded, each with a one-line summary, so the files are near (issue 18).
 */
export function RecommendationPanel({ engine }: { engine: Assessment }) {
  const rec = engine.recommendation
  const overridden = rec.generated !== rec.recommended
  const moved = useMoved(rec)
  return (
    <section className="card recommendation" id="recommendation" tabIndex={-1} aria-labelledby="rec-title">
      {moved ? (
        <p className="moved just-changed" role="status" key={`${moved.from}-${moved.to}`}>
          <strong>
            Now option {moved.to} (was option {moved.from}),
          </strong>{' '}
          because {becauseOf(engine.resolved)}.
        </p>
      ) : null}
      {/* The test hook holds the verdict alone: it names the recommended option, and no other, as "Option N". */}
      <div data-testid="recommendation" className={moved ? 'just-changed' : undefined} key={rec.recommended}>
        <p className="eyebrow">Recommendation</p>
        <h2 id="rec-title">{rec.heading}</h2>
        <p className="summary">{rec.summary}</p>
        <ul className="reasons">
          {rec.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>

      <Levers answers={engine.answers} recommended={rec.recommended} generated={rec.generated} />
      <OptionChooser rec={rec} />
      {overridden ? (
        <div className={rec.violations.length > 0 ? 'violations' : 'override-note'} role="note">
          <p>
            <strong>
              Generating option {rec.generated} instead of option {rec.recommended}.
            </strong>{' '}
            {rec.violations.length > 0
              ? 'It goes against these answers:'
              : 'It goes against none of your answers.'}
          </p>
          {rec.violations.length > 0 ? (
            <ul>
              {rec.violations.map((v) => (
                <li key={v}>{v}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {rec.warnings.length > 0 ? (
        <details className="warnings fold">
          <summary>
            <h3>Warnings ({rec.warnings.length})</h3>
            <span className="fold-summary"> · {firstClause(rec.warnings[0]?.text ?? '')}</span>
          </summary>
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
        </details>
      ) : null}

      <details className="fold">
        <summary>
          <h3>Verdict table: every option against every answer</h3>
          <span className="fold-summary"> · {tableInOneLine(rec)}</span>
        </summary>
        <VerdictTable rec={rec} changed={moved?.keys ?? []} />
      </details>

      {rec.roadmap.length > 0 ? (
        <details className="roadmap fold">
          <summary>
            <h3>Roadmap to option 1</h3>
            <span className="fold-summary">
              {' '}
              · {rec.roadmap.length} steps, from “{firstClause(rec.roadmap[0] ?? '')}”
            </span>
          </summary>
          <ol>
            {rec.roadmap.map((step) => (
              <li key={step}>
                <RichText text={step} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  )
}

/** A sentence up to its first colon, semicolon or comma: what a folded part's summary line shows. */
const firstClause = (text: string): string => text.split(/[:;,]/)[0]?.replace(/\.$/, '') ?? ''

/** The verdict table in one line: per option, how many answers it does not fit (or that it fits them all). */
function tableInOneLine(rec: Recommendation): string {
  return OPTION_VALUES.map((o) => {
    const against = rec.table.filter((row) => row.cells[o].verdict === 'no').length
    const caveats = rec.table.filter((row) => row.cells[o].verdict === 'caveat').length
    const verdict =
      against > 0
        ? `does not fit ${against === 1 ? '1 answer' : `${against} answers`}`
        : caveats > 0
          ? `fits, ${caveats === 1 ? '1 caveat' : `${caveats} caveats`}`
          : 'fits every answer'
    return `option ${o} ${verdict}`
  }).join(' · ')
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

function VerdictTable({ rec, changed }: { rec: Recommendation; changed: readonly string[] }) {
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
            <tr key={row.key} className={changed.includes(row.key) ? 'just-changed' : undefined}>
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
