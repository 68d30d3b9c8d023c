import type { Finding, FixStep } from '../../domain/diagnose/index.ts'
import { copyText } from '../common/clipboard.ts'
import { useConfirmation } from '../common/use-confirmation.ts'

function Step({ step, title, n }: { step: FixStep; title: string; n: number }) {
  const [confirmation, confirm] = useConfirmation()
  if (step.kind === 'text') return <p>{step.text}</p>
  const what = step.kind === 'shell' ? 'commands' : 'YAML'
  const copy = async () =>
    confirm((await copyText(step.text)) ? `Copied the ${what}` : 'Copy failed: select the text and copy it')
  return (
    <div className="diagnose-step">
      <div className="file-toolbar">
        <span className="diagnose-step-kind">{step.kind === 'shell' ? 'Commands' : 'YAML change'}</span>
        <button type="button" onClick={copy} aria-label={`Copy the ${what} of step ${n}: ${title}`}>
          Copy
        </button>
        <span className="confirmation" role="status" aria-live="polite">
          {confirmation}
        </span>
      </div>
      <pre
        className="code"
        tabIndex={0}
        aria-label={`${step.kind === 'shell' ? 'Commands' : 'YAML'}, step ${n}`}
      >
        <code>{step.text}</code>
      </pre>
    </div>
  )
}

/** One recognised failure: its cause, the line that shows it, what was read, and the fix. */
export function FindingCard({ finding, n }: { finding: Finding; n: number }) {
  const id = `finding-${n}`
  return (
    <article className="diagnose-finding" aria-labelledby={id} data-testid="finding">
      <h3 id={id}>
        {n}. {finding.title}
        {finding.occurrences > 1 ? (
          <span className="diagnose-count"> (seen {finding.occurrences} times)</span>
        ) : null}
      </h3>
      <p className="diagnose-cause">{finding.cause}</p>
      <p className="diagnose-label">Line {finding.evidence.line} of the text:</p>
      <pre className="code diagnose-evidence">
        <code>{finding.evidence.text}</code>
      </pre>
      {finding.facts.length > 0 ? (
        <>
          <p className="diagnose-label">Read from the text (check these):</p>
          <dl className="diagnose-facts">
            {finding.facts.map((f) => (
              <div key={f.label}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <p className="diagnose-label">Fix:</p>
      {finding.fix.map((step, i) => (
        <Step key={i} step={step} title={finding.title} n={i + 1} />
      ))}
      <p className="hint">Recognised from: {finding.source}</p>
    </article>
  )
}
