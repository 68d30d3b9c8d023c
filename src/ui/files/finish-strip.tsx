import { Fragment, lazy, Suspense, useState } from 'react'
import { finishSteps, isTextKey, type Assessment, type FieldIssue } from '../../domain/index.ts'
import { focusField } from '../common/focus-field.ts'

// The input a value opens comes with the chunk loaded after the first paint (ui/deferred.ts).
const FinishInput = lazy(() => import('../deferred.ts').then((m) => ({ default: m.FinishInput })))

/**
 * "Finish: image · tenant · client ID": the values the files still miss, on one line above them. A value
 * opens its input in place, with the command that prints it; an object's value goes to its row in the form.
 * The step being filled stays open while it is typed, though the value is no longer missing after one key.
 */
export function FinishStrip({ engine }: { engine: Assessment }) {
  const [opened, setOpened] = useState<FieldIssue | undefined>(undefined)
  const { missing, plan, answers } = engine
  const shown = opened && !missing.some((m) => m.key === opened.key) ? [...missing, opened] : missing
  const steps = finishSteps(shown, plan, answers)
  const open = steps.find((s) => s.key === opened?.key)
  const openKey = open && isTextKey(open.key) ? open.key : undefined
  const choose = (issue: FieldIssue | undefined) => {
    if (!issue) return
    if (!isTextKey(issue.key)) {
      focusField(issue.field ? `f-${issue.key}.${issue.field}` : `f-${issue.key}`)
      return
    }
    setOpened(opened?.key === issue.key ? undefined : issue)
  }
  const close = () => {
    setOpened(undefined)
    // Back to its value on the line, or to the line once the value is given (its button is gone).
    requestAnimationFrame(() =>
      (document.getElementById(`finish-step-${openKey}`) ?? document.getElementById('finish'))?.focus(),
    )
  }
  if (steps.length === 0) return null
  return (
    <div className="finish" id="finish" tabIndex={-1} role="group" aria-labelledby="finish-title">
      <p className="finish-line">
        <strong id="finish-title">Finish:</strong>{' '}
        {steps.map((step, i) => {
          const given =
            !missing.some((m) => m.key === step.key) && !engine.invalid.some((i) => i.key === step.key)
          return (
            <Fragment key={step.key}>
              {i > 0 ? <span aria-hidden="true"> · </span> : null}
              <button
                type="button"
                id={`finish-step-${step.key}`}
                className="link finish-step"
                aria-expanded={isTextKey(step.key) ? open?.key === step.key : undefined}
                aria-controls={isTextKey(step.key) ? 'finish-input' : undefined}
                onClick={() => choose(shown.find((m) => m.key === step.key))}
              >
                {given ? '✔ ' : ''}
                {step.label}
              </button>
            </Fragment>
          )
        })}
      </p>
      {open && openKey ? (
        <Suspense fallback={null}>
          <FinishInput step={open} textKey={openKey} engine={engine} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  )
}
