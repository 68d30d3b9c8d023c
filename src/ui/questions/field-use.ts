import type { TextKey } from '../../domain/answers/model.ts'
import type { Assessment } from '../../domain/assess.ts'

/**
 * Which answers the generated option actually uses, so the form can mark the others "not used"
 * instead of leaving them as clutter (they stay editable: a link may carry them).
 */
export function fieldUse(engine: Assessment) {
  const option = engine.recommendation.generated
  const auth = engine.resolved.auth
  const csi = option !== 1
  const workload = option === 1 || auth === 'workload'
  const unused: Partial<Record<TextKey, boolean>> = {
    mount: !csi,
    spc: !csi,
    sa: !workload,
    cmd: !engine.recommendation.wrapper,
    client: csi && (auth === 'system' || auth === 'podidentity'),
  }
  return {
    lang: option === 1,
    env: option === 3 || engine.recommendation.wrapper,
    notUsed: (key: TextKey): string | undefined => (unused[key] ? `not used by option ${option}` : undefined),
  }
}
