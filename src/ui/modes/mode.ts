import { create } from 'zustand'

/**
 * The page's three entries (issue 18): Decide (the questions and the files), Migrate from my YAML (the
 * importer, full width) and Troubleshoot (the diagnosis). A view, not an answer: it lives in the address's
 * query (`?mode=migrate`), never in the `#v=1&...` fragment, so a permalink stays byte for byte what it was
 * and the command line never sees it. Decide is the page without `mode`.
 */
export const MODES = ['decide', 'migrate', 'troubleshoot'] as const
export type Mode = (typeof MODES)[number]

export const MODE_LABEL: Record<Mode, string> = {
  decide: 'Decide',
  migrate: 'Migrate from my YAML',
  troubleshoot: 'Troubleshoot',
}

/** What a phone shows of each label; the rest stays in the accessible name (visually hidden). */
export const MODE_SHORT: Record<Mode, string> = {
  decide: 'Decide',
  migrate: 'Migrate',
  troubleshoot: 'Troubleshoot',
}

/** The mode a query string names; anything else (absent, unknown, a typo) is Decide. */
export function parseMode(search: string): Mode {
  const value = new URLSearchParams(search).get('mode')
  return MODES.find((m) => m !== 'decide' && m === value) ?? 'decide'
}

/** `search` with the mode set (Decide removes it), other parameters kept in their order. */
export function searchWithMode(search: string, mode: Mode): string {
  const params = new URLSearchParams(search)
  if (mode === 'decide') params.delete('mode')
  else params.set('mode', mode)
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}

const initial = (): Mode => (typeof window === 'undefined' ? 'decide' : parseMode(window.location.search))

export const useMode = create<{ mode: Mode }>()(() => ({ mode: initial() }))

/** Shows a mode and writes it to the address (replaced, as the answers are: Back leaves the page). */
export function setMode(mode: Mode): void {
  if (useMode.getState().mode === mode) return
  const { pathname, search, hash } = window.location
  window.history.replaceState(null, '', `${pathname}${searchWithMode(search, mode)}${hash}`)
  useMode.setState({ mode })
}
