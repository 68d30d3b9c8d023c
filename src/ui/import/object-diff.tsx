import { useSyncExternalStore } from 'react'
import type { DiffLine } from '../../domain/migrate/index.ts'
import type { DiffView } from './import-work.ts'

/** Side by side from this width on (issue 18); one column with both line numbers below it. */
const WIDE = '(min-width: 1200px)'

function useWide(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(WIDE)
      query.addEventListener('change', changed)
      return () => query.removeEventListener('change', changed)
    },
    () => window.matchMedia(WIDE).matches,
  )
}

const SIGN: Record<DiffLine['kind'], string> = { add: '+', del: '−', same: '' }
const SAID: Record<DiffLine['kind'], string> = { add: 'added', del: 'removed', same: 'kept' }

/** A line's +/− gutter (read out as added, removed or kept) and its text: the same in both layouts. */
const SignAndText = ({ line }: { line: DiffLine }) => (
  <>
    <td className="diff-sign" data-kind={line.kind}>
      <span aria-hidden="true">{SIGN[line.kind]}</span>
      <span className="visually-hidden">{SAID[line.kind]}</span>
    </td>
    <td className="diff-text" data-kind={line.kind}>
      {line.text}
    </td>
  </>
)

function Cells({ line, side }: { line: DiffLine | undefined; side: 'before' | 'after' }) {
  if (!line) return <td className="diff-empty" colSpan={3} />
  return (
    <>
      <td className="diff-num">{line[side]}</td>
      <SignAndText line={line} />
    </>
  )
}

const Skipped = ({ count, span }: { count: number; span: number }) => (
  <tr className="diff-skipped">
    <td colSpan={span}>
      ⋯ {count} unchanged line{count === 1 ? '' : 's'}
    </td>
  </tr>
)

/** One object's change: its heading says what changed, the lines below show it with +/− gutters. */
export function ObjectDiff({ diff }: { diff: DiffView }) {
  const wide = useWide()
  return (
    <section className="diff" data-testid="object-diff">
      <h3>{diff.heading}</h3>
      <p className="hint">{diff.title}</p>
      <table className={wide ? 'diff-table side' : 'diff-table'} aria-label={`Changes to ${diff.object}`}>
        {/* Fixed widths for the numbers and gutters: with table-layout fixed, the text takes the rest. */}
        <colgroup>
          {(wide ? ['num', 'sign', 'text', 'num', 'sign', 'text'] : ['num', 'num', 'sign', 'text']).map(
            (c, i) => (
              <col key={i} className={`diff-col-${c}`} />
            ),
          )}
        </colgroup>
        <thead className="visually-hidden">
          {wide ? (
            <tr>
              <th scope="col">Line as read</th>
              <th scope="col">Change</th>
              <th scope="col">As read</th>
              <th scope="col">Line as written</th>
              <th scope="col">Change</th>
              <th scope="col">As written</th>
            </tr>
          ) : (
            <tr>
              <th scope="col">Line as read</th>
              <th scope="col">Line as written</th>
              <th scope="col">Change</th>
              <th scope="col">Text</th>
            </tr>
          )}
        </thead>
        {diff.hunks.map((hunk, h) => (
          <tbody key={h}>
            {hunk.skipped > 0 ? <Skipped count={hunk.skipped} span={wide ? 6 : 4} /> : null}
            {wide
              ? hunk.side.map((row, i) => (
                  <tr key={i}>
                    <Cells line={row.before} side="before" />
                    <Cells line={row.after} side="after" />
                  </tr>
                ))
              : hunk.lines.map((line, i) => (
                  <tr key={i}>
                    <td className="diff-num">{line.before}</td>
                    <td className="diff-num">{line.after}</td>
                    <SignAndText line={line} />
                  </tr>
                ))}
          </tbody>
        ))}
      </table>
    </section>
  )
}
