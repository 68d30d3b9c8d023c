import type { Copy } from '../../answers/model.ts'
import { doesNotFit, fits, type Judge, type Judgements } from './judgement.ts'

const BY_ANSWER: Record<Copy, Judgements> = {
  ok: {
    1: fits(
      'A copy in a Kubernetes Secret is acceptable, but option 1 keeps none: the app reads Key Vault itself.',
    ),
    2: fits(
      'A copy in a Kubernetes Secret is acceptable, but option 2 keeps none: secrets exist only as mounted files.',
    ),
    3: fits('A copy in a Kubernetes Secret is acceptable, which option 3 needs to set env vars.'),
  },
  no: {
    1: fits('No copy is allowed in the cluster, and option 1 keeps none: the app reads Key Vault itself.'),
    2: fits(
      'No copy is allowed in the cluster, and option 2 keeps none: secrets exist only as mounted files.',
    ),
    3: doesNotFit(
      'No copy is allowed in the cluster, but option 3 keeps a copy of each secret in a Kubernetes Secret.',
      'Option 3 keeps a copy of each secret in a Kubernetes Secret',
    ),
  },
}

export const judgeCopy: Judge = (r) => BY_ANSWER[r.copy]
