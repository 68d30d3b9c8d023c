import type { KnownNames } from '../bridge.ts'
import type { TextFacts } from '../facts.ts'
import type { Fact, FixStep } from '../types.ts'

/** What an entry sees of one recognised line. */
export interface MatchContext {
  /** The whole line (unredacted: entries read it, never echo it). */
  line: string
  /** The text around the line, JSON escapes undone. */
  window: string
  /** Facts read around the line, over facts read from the head of the text (kubectl describe's header). */
  facts: TextFacts
  /** Names from the answers. */
  names: KnownNames
  /** What the whole text shows: the pod mounts a Secrets Store CSI volume; a mount failed. */
  seen: { csiVolume: boolean; mountFailed: boolean }
}

export interface Explained {
  cause: string
  facts: Fact[]
  fix: FixStep[]
}

/** One row of the catalogue: how a failure is recognised, what it means, and the fix. */
export interface Entry {
  id: string
  title: string
  /**
   * How early in the chain the failure sits (higher first): a driver missing on the node hides everything
   * after it; a denied read shows only once the token works; a synced Secret only after a mount succeeded.
   */
  weight: number
  /** Upstream repo + path, or issue URL, of the recognised text. */
  source: string
  /** Lower-case literal texts; a line holding any of them is a candidate. */
  needles: string[]
  /** Rejects near misses among candidates. */
  accept?: (ctx: MatchContext) => boolean
  explain: (ctx: MatchContext) => Explained
}
