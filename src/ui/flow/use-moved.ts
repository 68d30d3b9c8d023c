import { useState } from 'react'
import type { OptionId, Recommendation } from '../../domain/index.ts'

export interface Moved {
  from: OptionId
  to: OptionId
  /** The verdict table rows whose answer changed with it. */
  keys: string[]
}

/**
 * Notices when a change of answers moves the recommendation, so the page can say so and highlight what
 * changed. Opening the page (or a link) is not a move. Derived during render, React's pattern for state
 * that follows props.
 */
export function useMoved(rec: Recommendation): Moved | undefined {
  const [previous, setPrevious] = useState(rec)
  const [moved, setMoved] = useState<Moved | undefined>(undefined)
  if (previous.table !== rec.table) {
    const keys = rec.table
      .filter((row) => previous.table.find((p) => p.key === row.key)?.answer !== row.answer)
      .map((row) => row.key)
    if (previous.recommended !== rec.recommended)
      setMoved({ from: previous.recommended, to: rec.recommended, keys })
    else if (keys.length > 0) setMoved(undefined)
    setPrevious(rec)
  }
  return moved
}
