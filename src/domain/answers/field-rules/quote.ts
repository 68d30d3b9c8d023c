const MAX_SHOWN = 40

/**
 * A value as it appears inside a message: quoted, with line breaks and control characters escaped so the
 * message stays on one line, and shortened so a pasted novel does not flood the form.
 */
export function quote(value: string): string {
  const chars = Array.from(value)
  const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : value
  return JSON.stringify(shown)
}
