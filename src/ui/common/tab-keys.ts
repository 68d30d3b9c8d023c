/**
 * The tab a key moves to in a row of `count` tabs (WAI-ARIA tabs pattern): ←/→ step round, Home and End jump
 * to the ends; undefined for any other key, which the tab list leaves alone.
 */
export function tabFromKey(key: string, index: number, count: number): number | undefined {
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0
  return step === 0 ? undefined : (index + step + count) % count
}
