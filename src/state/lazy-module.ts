import { useEffect, useState } from 'react'

/** A chunk's state for a component: its value once there, or that it failed, with a way to try again. */
export interface Loaded<T> {
  value: T | undefined
  failed: boolean
  retry: () => void
}

/**
 * A chunk loaded on demand, once: `load()` starts it (and may be called early, to fetch in parallel with the
 * first render), `useLoaded()` gives it to a component. A chunk that cannot load (offline, not cached, a
 * new release deployed meanwhile) reports `failed`, and `retry()` asks the browser for it again.
 */
export function lazyModule<T>(loader: () => Promise<T>) {
  let value: T | undefined
  let loading: Promise<T> | undefined
  const load = (): Promise<T> => {
    loading ??= loader().then(
      (v) => (value = v),
      (error: unknown) => {
        loading = undefined // the next load() tries again
        throw error
      },
    )
    return loading
  }
  function useLoaded(): Loaded<T> {
    const [ready, setReady] = useState(value !== undefined)
    const [failed, setFailed] = useState(false)
    const [attempt, setAttempt] = useState(0)
    useEffect(() => {
      if (ready) return
      let live = true
      load().then(
        () => live && setReady(true),
        () => live && setFailed(true),
      )
      return () => {
        live = false
      }
    }, [ready, attempt])
    const retry = () => {
      setFailed(false)
      setAttempt((n) => n + 1)
    }
    return { value: ready ? value : undefined, failed, retry }
  }
  return { load, useLoaded }
}
