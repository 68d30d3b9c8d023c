import type { TextKey } from '../../domain/answers/model.ts'
import {
  needsClientId,
  usesCsiDriver,
  usesWorkloadIdentity,
  usesWrapper,
} from '../../domain/answers/option-needs.ts'
import type { Assessment } from '../../domain/assess.ts'

/**
 * Which answers the generated option actually uses, so the form can mark the others "not used"
 * instead of leaving them as clutter (they stay editable: a link may carry them).
 */
export function fieldUse(engine: Assessment) {
  const option = engine.recommendation.generated
  const r = engine.resolved
  const wrapper = usesWrapper(option, r)
  const unused: Partial<Record<TextKey, boolean>> = {
    mount: !usesCsiDriver(option),
    spc: !usesCsiDriver(option),
    sa: !usesWorkloadIdentity(option, r),
    cmd: !wrapper,
    // With workload identity an empty client ID means "create a new identity": the field still applies.
    client: !needsClientId(option, { ...r, identity: 'existing' }),
  }
  return {
    lang: option === 1,
    // Option 2 reads env var names when the app reads env vars (they make the wrapper) or already has some.
    env: option === 3 || (option === 2 && (r.reads === 'env' || wrapper)),
    notUsed: (key: TextKey): string | undefined => (unused[key] ? `not used by option ${option}` : undefined),
  }
}
