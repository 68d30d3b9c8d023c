import { setMode, useMode } from './mode.ts'

/**
 * The summary bar and the notices point at questions and files, which only Decide shows: from another mode,
 * a jump switches to Decide and is taken once the page has drawn it. In Decide a missing target stays a no-op.
 */
export function showInDecide(again: () => void): void {
  if (useMode.getState().mode === 'decide') return
  setMode('decide')
  requestAnimationFrame(() => requestAnimationFrame(again))
}
