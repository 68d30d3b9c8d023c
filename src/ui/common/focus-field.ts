/** Moves focus to the question or field an explanation refers to (by its id), scrolling it into view. */
export function focusField(id: string): void {
  const el = document.getElementById(id)
  if (!el) return
  el.scrollIntoView({ block: 'center', behavior: 'smooth' })
  el.focus({ preventScroll: true })
}
