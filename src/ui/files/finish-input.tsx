import { useEffect, useRef } from 'react'
import type { Assessment, FinishStep, TextKey } from '../../domain/index.ts'
import { setText } from '../../state/answers-store.ts'
import { copyText } from '../common/clipboard.ts'
import { RichText } from '../common/rich-text.tsx'
import { useConfirmation } from '../common/use-confirmation.ts'

interface Props {
  step: FinishStep
  textKey: TextKey
  engine: Assessment
  onClose: () => void
}

/**
 * A value of the "Finish" line, opened in place: its input (the same answer as the form's field) and the
 * command that prints it, to copy. The caret goes into it when it opens; Escape closes it.
 */
export function FinishInput({ step, textKey, engine, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [confirmation, confirm] = useConfirmation()
  useEffect(() => input.current?.focus(), [textKey])
  const invalid = engine.invalid.find((i) => i.key === textKey)
  return (
    <div className="finish-input" id="finish-input">
      <label htmlFor="finish-value">Finish: {step.label}</label>
      <input
        id="finish-value"
        ref={input}
        type="text"
        value={engine.answers[textKey]}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? 'finish-why' : undefined}
        onChange={(e) => setText(textKey, e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      />
      {invalid ? (
        <p className="message invalid" id="finish-why">
          <RichText text={invalid.message} />
        </p>
      ) : null}
      {step.command ? (
        <p className="finish-command">
          Prints it: <code>{step.command}</code>{' '}
          <button
            type="button"
            onClick={async () =>
              confirm((await copyText(step.command ?? '')) ? 'Command copied' : 'Copy failed')
            }
          >
            Copy command
          </button>{' '}
          <span className="confirmation" role="status" aria-live="polite">
            {confirmation}
          </span>
        </p>
      ) : null}
    </div>
  )
}
