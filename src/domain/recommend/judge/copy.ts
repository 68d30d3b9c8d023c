import type { Copy } from '../../answers/model.ts'
import { credentialsSecretName } from '../../k8s/names.ts'
import type { Warning } from '../types.ts'
import { caveat, doesNotFit, fits, type Judge, type Judgements } from './judgement.ts'

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

/** Service principal mode: the CSI driver logs in with a client secret kept in a Kubernetes Secret. */
const credentialInCluster = (secret: string): Warning => ({
  id: 'copy-sp-credential-in-cluster',
  text: `The service principal mode keeps a Kubernetes Secret (\`${secret}\`) holding a client secret that can read the vault, so the cluster holds a credential to every secret the app reads.`,
  remedy:
    'Use Workload Identity (or a managed identity) for the CSI driver: then no credential is stored in the cluster.',
})

export const judgeCopy: Judge = (r) => {
  const judgements = BY_ANSWER[r.copy]
  if (r.copy !== 'no' || r.auth !== 'sp') return judgements
  const warning = credentialInCluster(credentialsSecretName(r))
  return {
    ...judgements,
    2: caveat(
      'No copy is allowed in the cluster; option 2 keeps no copy of the secrets, but with the service principal the cluster stores a Kubernetes Secret holding a credential that can read the vault.',
      warning,
    ),
  }
}
