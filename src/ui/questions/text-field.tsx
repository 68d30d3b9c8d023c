import { useId, useState } from 'react'
import type { FieldIssue } from '../../domain/index.ts'
import { RichText } from '../common/rich-text.tsx'
import { useSettled } from '../flow/use-settled.ts'

interface Props {
  /** The permalink key: also the field's element id, so a message can jump to it. */
  fieldId: string
  label: string
  value: string
  placeholder?: string
  /** The rule, in plain words. */
  hint?: string
  issue?: FieldIssue | undefined
  /** A word about a valid value (it seems to hold a secret): shown at once, never blocks. */
  warning?: string | undefined
  inputMode?: 'text' | 'numeric'
  /** A one-click fix for the invalid value, when one is obvious. */
  fix?: { label: string; apply: () => void } | undefined
  onChange: (value: string) => void
}

/**
 * A labelled text input that shows its rule, and its problem right under it once the user pauses or leaves
 * the field (a value from a link is judged at once), with a one-click fix where one is obvious.
 */
export function TextField({
  fieldId,
  label,
  value,
  placeholder,
  hint,
  issue: judged,
  warning,
  inputMode,
  fix,
  onChange,
}: Props) {
  const uid = useId()
  const [left, setLeft] = useState<string | undefined>(undefined)
  const settled = useSettled(value) === value || left === value
  const issue = settled ? judged : undefined
  const hintId = `${uid}-hint`
  const messageId = `${uid}-message`
  const warningId = `${uid}-warning`
  const invalid = issue?.severity === 'invalid'
  const describedBy =
    [issue ? messageId : '', warning ? warningId : '', hint ? hintId : ''].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className="field">
      <label htmlFor={`f-${fieldId}`}>{label}</label>
      <input
        id={`f-${fieldId}`}
        type="text"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        inputMode={inputMode}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setLeft(value)}
      />
      {issue ? (
        <p id={messageId} className={invalid ? 'message invalid' : 'message missing'}>
          {invalid ? '✖ ' : 'Needed: '}
          <RichText text={issue.message} />
          {invalid && fix ? (
            <>
              {' '}
              <button type="button" className="fix" onClick={fix.apply}>
                {fix.label}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {warning ? (
        <p id={warningId} className="message warning" role="status">
          ⚠ {warning}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
