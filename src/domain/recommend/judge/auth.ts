import type { Auth } from '../../answers/model.ts'
import type { Warning } from '../types.ts'
import { caveat, fits, type Judge, type Judgement, type Judgements } from './judgement.ts'

const TO_WORKLOAD_IDENTITY =
  'Move to Workload Identity, which lets only this app’s service account read the vault; the roadmap lists the steps.'

/** What the CSI driver's identity means for options 2 and 3, by the identity in use today. */
const DRIVER_IDENTITY: Record<
  Exclude<Auth, 'workload'>,
  { reason: (option: 2 | 3) => string; warning: Warning }
> = {
  uami: {
    reason: (o) =>
      `Option ${o} can use the user-assigned managed identity, but it is shared by every pod on the nodes.`,
    warning: {
      id: 'auth-uami-shared',
      text: 'The user-assigned managed identity on the nodes is shared by every pod on those nodes, so any of them can read this vault.',
      remedy: TO_WORKLOAD_IDENTITY,
    },
  },
  system: {
    reason: (o) =>
      `Option ${o} can use the system-assigned node identity, but it is coarse: any pod on the node can use it.`,
    warning: {
      id: 'auth-system-coarse',
      text: 'The nodes’ system-assigned identity lets any pod on the node read this vault, and AKS node pools have no such identity: giving their scale sets one is unsupported, so azure-setup.sh stops and names the kubelet identity to choose instead (User-assigned managed identity).',
      remedy: TO_WORKLOAD_IDENTITY,
    },
  },
  sp: {
    reason: (o) =>
      `Option ${o} can use the service principal, but its client secret lives in the cluster as a Kubernetes Secret.`,
    warning: {
      id: 'auth-sp-credential-in-cluster',
      text: 'The service principal’s client ID and secret live in the cluster as a Kubernetes Secret, readable by anyone who may read Secrets in the namespace.',
      remedy:
        'Move to Workload Identity, which stores no credential in the cluster; until then, limit who may read Secrets in the namespace and rotate the client secret.',
    },
  },
  podidentity: {
    reason: (o) => `Option ${o} can still use aad-pod-identity, but it is deprecated and archived.`,
    // Azure/aad-pod-identity README: deprecated 10/24/2022, CVE patches until September 2023, then archived;
    // archived on 2023-10-02 (PR #1446, "docs: add note about the repo being archived"), read-only since.
    warning: {
      id: 'auth-podidentity-deprecated',
      text: 'aad-pod-identity has been deprecated since 2022-10-24 and its project was archived in October 2023: it receives no fixes, not even for security issues.',
      remedy: TO_WORKLOAD_IDENTITY,
    },
  },
}

const WHO: Record<Exclude<Auth, 'workload'>, string> = {
  uami: 'the user-assigned managed identity',
  system: 'the system-assigned node identity',
  sp: 'the service principal',
  podidentity: 'aad-pod-identity',
}

/** Option 1 always uses Workload Identity: the app itself requests the token. */
const optionOneMoves = (auth: Exclude<Auth, 'workload'>): Judgement =>
  caveat(`Option 1 moves from ${WHO[auth]} to Workload Identity for this app.`, {
    id: 'auth-moves-to-workload-identity',
    text: `Option 1 uses Workload Identity, so the app no longer reaches Key Vault through ${WHO[auth]}.`,
    remedy:
      'Enable the OIDC issuer and Workload Identity on the cluster, and create an identity with a federated credential for the app’s service account (the roadmap lists the steps).',
  })

const driverAsServiceAccount = (o: 2 | 3): string =>
  `With Workload Identity, the CSI driver of option ${o} reads the vault as this app’s service account only.`

const WORKLOAD: Judgements = {
  1: fits('Workload Identity is what option 1 uses for the app to reach Key Vault.'),
  2: fits(driverAsServiceAccount(2)),
  3: fits(driverAsServiceAccount(3)),
}

export const judgeAuth: Judge = (r) => {
  if (r.auth === 'workload') return WORKLOAD
  const { reason, warning } = DRIVER_IDENTITY[r.auth]
  return { 1: optionOneMoves(r.auth), 2: caveat(reason(2), warning), 3: caveat(reason(3), warning) }
}
