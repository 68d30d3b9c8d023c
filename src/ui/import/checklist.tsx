import { useId } from 'react'
import type { MigrationView } from './import-work.ts'

/**
 * The migration report as a checklist: one row per construct and clean-up step, what to do and whether it
 * is done. What the migration did is ticked; the user ticks the rest off as they go. The ticks are kept by
 * the item's words (`ticked`, held by the import result), so they outlast a switch of view or a new reply.
 */
export function Checklist({
  result,
  ticked,
  onToggle,
}: {
  result: MigrationView
  ticked: ReadonlySet<string>
  onToggle: (what: string) => void
}) {
  const items = result.checklist
  const id = useId()
  const isDone = (i: number) => items[i]?.done === true || ticked.has(items[i]?.what ?? '')
  const done = items.filter((_, i) => isDone(i)).length
  return (
    <>
      <p className="checklist-count" role="status">
        {done} of {items.length} done
      </p>
      <ul className="checklist" aria-label="Migration checklist">
        {items.map((item, i) => (
          <li key={i} className="check" data-done={isDone(i) || undefined} data-status={item.status}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={isDone(i)}
              disabled={item.done}
              onChange={() => onToggle(item.what)}
              aria-describedby={`${id}-${i}-about`}
            />
            <label htmlFor={`${id}-${i}`} className="check-what">
              {item.what}
            </label>
            <span className="check-state">
              {item.done ? 'done by the migration' : isDone(i) ? 'done' : 'to do'}
            </span>
            <span className="check-about" id={`${id}-${i}-about`}>
              {item.about}
              {item.detail !== '' ? `: ${item.detail}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
