import { useCallback, useEffect, useRef, useState } from 'react'

/** A short-lived message ("Copied") after an action, announced politely to screen readers. */
export function useConfirmation(ms = 2000): [string, (message: string) => void] {
  const [message, setMessage] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const show = useCallback(
    (text: string) => {
      setMessage(text)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setMessage(''), ms)
    },
    [ms],
  )
  return [message, show]
}
