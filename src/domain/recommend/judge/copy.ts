import type { Copy } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { credentialsSecretName } from '../../k8s/names.ts'
import type { Warning } from '../types.ts'
import { caveat, doesNotFit, fits, type Judge, type Judgement, type Judgements } from './judgement.ts'

const BY_ANSWER: Record<Copy, Judgements> = {
  ok: {
    1: fits(
      'A copy in a Kubernetes Secret is acceptable, but option 1 keeps none: the app reads Key Vault itself.',
    ),
    2: fits(
      'A copy in a Kubernetes Secret is acceptable, but option 2 keeps none: secrets exist only as mounted files.',
    ),
    // Judged with the sync engine (option3WithCopy).
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

/**
 * Option 3's sync by the CSI driver is planned to go: kubernetes-sigs/secrets-store-csi-driver#1631
 * ("Deprecate Sync feature", once the Secrets Store Sync Controller is beta) and
 * Azure/secrets-store-csi-driver-provider-azure#1565 (maintainer, 2025-05-14: the project will "eventually
 * lose the ability to sync key vault objects into Kubernetes Secrets"). shared/reference/sync-eso-reloader.md.
 */
export const syncDeprecationWarning: Warning = {
  id: 'csi-sync-deprecation-planned',
  text: 'The CSI driver’s sync to a Kubernetes Secret, which option 3 uses here, is planned to be deprecated: its maintainers will deprecate it once the Secrets Store Sync Controller (still experimental) is beta (kubernetes-sigs/secrets-store-csi-driver#1631), and the Azure provider will “eventually lose the ability to sync key vault objects into Kubernetes Secrets” (Azure/secrets-store-csi-driver-provider-azure#1565). It works today.',
  remedy:
    'For a system meant to live for years, let External Secrets Operator write the Secret (“Kubernetes Secret written by: External Secrets Operator”, `sync=eso`): the supported path, with no pod mount.',
}

/** Option 3 with the copy allowed: the verdict names what writes the copy, and the driver's sync's future. */
const option3WithCopy = (r: Resolved): Judgement =>
  r.sync === 'eso'
    ? fits(
        'A copy in a Kubernetes Secret is acceptable, which option 3 needs to set env vars; External Secrets Operator writes it from Key Vault, the supported sync path.',
      )
    : caveat(
        'A copy in a Kubernetes Secret is acceptable, which option 3 needs to set env vars, but the CSI driver’s sync that writes it is planned to be deprecated (secrets-store-csi-driver#1631, provider-azure#1565); External Secrets Operator is the supported path.',
        syncDeprecationWarning,
      )

export const judgeCopy: Judge = (r) => {
  const judgements = r.copy === 'ok' ? { ...BY_ANSWER.ok, 3: option3WithCopy(r) } : BY_ANSWER[r.copy]
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
