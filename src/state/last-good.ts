import { useState } from 'react'

/**
 * The last value that was good: while the user's answers are briefly invalid (typing a name, pasting a
 * GUID) the page keeps showing the files of the last valid answers instead of blanking them.
 */
export function useLastGood<T>(
  value: T | undefined,
  good: boolean,
): { value: T | undefined; stale: boolean } {
  const [last, setLast] = useState<T | undefined>(good ? value : undefined)
  // Derived during render (React's pattern for state that follows props), not in an effect.
  if (good && value !== undefined && value !== last) setLast(value)
  if (good) return { value, stale: false }
  return { value: last, stale: last !== undefined }
}
