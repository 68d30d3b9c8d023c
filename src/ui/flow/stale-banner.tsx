import { fieldNameOf, fixIssue, type Answers, type FieldIssue } from '../../domain/index.ts'
import { replaceAnswers } from '../../state/answers-store.ts'
import { focusField } from '../common/focus-field.ts'
import { RichText } from '../common/rich-text.tsx'

/**
 * Over the last good files while a value is invalid: which field, why, and a one-click fix where one is
 * obvious. The files stay (dimmed) instead of blanking while someone types.
 */
export function StaleBanner({ answers, invalid }: { answers: Answers; invalid: FieldIssue[] }) {
  const names = [...new Set(invalid.map(fieldNameOf))]
  return (
    <div className="stale-banner" role="status">
      <p>
        <strong>
          These are the files from before your last change: {names.join(', ')}{' '}
          {names.length === 1 ? 'is' : 'are'} not valid yet.
        </strong>
      </p>
      <ul className="problems">
        {invalid.map((issue) => {
          const target = issue.field ? `f-${issue.key}.${issue.field}` : `f-${issue.key}`
          const fix = fixIssue(answers, issue)
          return (
            <li key={`${issue.key}.${issue.field ?? ''}`}>
              <button type="button" className="link" onClick={() => focusField(target)}>
                <RichText text={issue.message} />
              </button>
              {fix ? (
                <>
                  {' '}
                  <button type="button" className="fix" onClick={() => replaceAnswers(fix.answers)}>
                    {fix.label}
                  </button>
                </>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
