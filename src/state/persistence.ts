import { encodePermalink } from '../domain/index.ts'
import { loadPermalink, useAnswers } from './answers-store.ts'

/**
 * Keeps the address bar and local storage in step with the answers. Both hold the permalink itself, so
 * saved answers follow the same versioned format that links must keep forever.
 */
export const STORAGE_KEY = 'akv-wizard:answers'

function readSaved(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? ''
  } catch {
    return '' // storage can be disabled (private mode, policies): the page works without it
  }
}

function save(fragment: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, fragment)
  } catch {
    // not fatal: the address bar still holds the answers
  }
}

/** Loads the answers at start: the link wins over what was saved, so a shared link opens as shared. */
export function startPersistence(): () => void {
  const hash = window.location.hash.replace(/^#/, '')
  const start = hash !== '' ? hash : readSaved()
  if (start !== '') loadPermalink(start)

  const write = (): void => {
    const fragment = encodePermalink(useAnswers.getState().answers)
    const url = `${window.location.pathname}${window.location.search}#${fragment}`
    // Replaced, not pushed: Back leaves the page instead of stepping through keystrokes.
    window.history.replaceState(null, '', url)
    save(fragment)
  }
  write()
  const unsubscribe = useAnswers.subscribe((state, previous) => {
    if (state.answers !== previous.answers) write()
  })
  // Someone pasting a new link into the address bar of an open page.
  const onHashChange = (): void => {
    const fragment = window.location.hash.replace(/^#/, '')
    if (fragment !== encodePermalink(useAnswers.getState().answers)) loadPermalink(fragment)
  }
  window.addEventListener('hashchange', onHashChange)
  return () => {
    unsubscribe()
    window.removeEventListener('hashchange', onHashChange)
  }
}

/** The permalink of the current answers, as a whole URL to paste into a ticket. */
export function currentPermalink(): string {
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${encodePermalink(useAnswers.getState().answers)}`
}
