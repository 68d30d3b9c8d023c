import type { MouseEvent } from 'react'
import { showInDecide } from '../modes/show-in-decide.ts'

/** Moves focus to a region and brings its top into view (below the sticky summary: scroll-margin in CSS). */
export function jumpToRegion(id: string): void {
  const el = document.getElementById(id)
  if (!el) return showInDecide(() => jumpToRegion(id))
  el.scrollIntoView({ block: 'start' })
  el.focus({ preventScroll: true })
}

/**
 * Moves focus back up to the summary bar's "Copy link" (on a phone to its "Share & download" toggle, which
 * opens the link and the downloads). The bar is sticky, always in view: nothing scrolls.
 */
export function jumpToShare(): void {
  const toggle = document.getElementById('share-toggle')
  const target = toggle && toggle.offsetParent !== null ? toggle : document.getElementById('copy-link')
  target?.focus({ preventScroll: true })
}

/**
 * An in-page link's click: moves focus to its target without putting `#id` in the address bar, which holds
 * the permalink (a hash change there would be read as a new link).
 */
export const jumpTo = (id: string) => (e: MouseEvent) => {
  e.preventDefault()
  jumpToRegion(id)
}
