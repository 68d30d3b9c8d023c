import { useEffect, useState } from 'react'

/**
 * A chunk loaded on demand, once: `load()` starts it (and may be called early, to fetch in parallel with the
 * first render), `useLoaded()` gives its value to a component, undefined until it is there. A chunk that
 * cannot load (offline, not cached) stays undefined: callers show their plain fallback.
 */
export function lazyModule<T>(loader: () => Promise<T>) {
  let value: T | undefined
  let loading: Promise<T> | undefined
  const load = (): Promise<T> => {
    loading ??= loader().then((v) => (value = v))
    return loading
  }
  function useLoaded(): T | undefined {
    const [ready, setReady] = useState(value !== undefined)
    useEffect(() => {
      if (ready) return
      let live = true
      load().then(
        () => live && setReady(true),
        () => undefined,
      )
      return () => {
        live = false
      }
    }, [ready])
    return ready ? value : undefined
  }
  return { load, useLoaded }
}
