import type { FieldIssue } from '../../domain/index.ts'
import { focusField } from '../common/focus-field.ts'
import { RichText } from '../common/rich-text.tsx'

/** Problems as a list of links to the fields they concern. */
export function ProblemList({ issues }: { issues: FieldIssue[] }) {
  return (
    <ul className="problems">
      {issues.map((issue) => {
        const target = issue.field ? `f-${issue.key}.${issue.field}` : `f-${issue.key}`
        return (
          <li key={`${issue.key}.${issue.field ?? ''}.${issue.message}`}>
            <button type="button" className="link" onClick={() => focusField(target)}>
              <RichText text={issue.message} />
            </button>
          </li>
        )
      })}
    </ul>
  )
}
