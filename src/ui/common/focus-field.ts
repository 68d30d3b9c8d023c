import { showInDecide } from '../modes/show-in-decide.ts'

/**
 * Moves focus to the question or field an explanation refers to (by its id), scrolling it into view, and
 * flashes it so the eye finds it.
 */
export function focusField(id: string): void {
  const el = document.getElementById(id)
  if (!el) return showInDecide(() => focusField(id))
  el.scrollIntoView({ block: 'center', behavior: 'smooth' })
  el.focus({ preventScroll: true })
  el.classList.remove('flash')
  void el.offsetWidth // restart the animation when the same target is chosen twice
  el.classList.add('flash')
  el.addEventListener('animationend', () => el.classList.remove('flash'), { once: true })
}
