import { useEffect, useState } from 'react'

/** How long typing must pause before a value is judged: errors do not turn red from the first keystroke. */
export const SETTLE_MS = 700

/** The value once it has stayed the same for `ms`; until then the value it had before. */
export function useSettled<T>(value: T, ms = SETTLE_MS): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}
