import type { Resolved } from '../answers/resolve.ts'

/** The questions the verdict table judges, in the order the wizard asks them. */
export const VERDICT_KEYS = ['code', 'reads', 'rotate', 'copy', 'auth'] as const
export type VerdictKey = (typeof VERDICT_KEYS)[number]

/** Each question in a few words, as a row heading. */
export const QUESTIONS: Record<VerdictKey, string> = {
  code: 'Code can change',
  reads: 'App reads secrets from',
  rotate: 'Rotated secret picked up',
  copy: 'Copy in a Kubernetes Secret',
  auth: 'Identity',
}

/** Answers as the user would say them; the same words as the choice cards. */
export const ANSWER_LABELS: { [K in VerdictKey]: Record<Resolved[K], string> } = {
  code: { yes: 'Yes', no: 'No, not now' },
  reads: { env: 'Environment variables', file: 'Files' },
  rotate: { none: 'Not needed', restart: 'At the next pod start', live: 'While running' },
  copy: { ok: 'Yes, a copy is acceptable', no: 'No copy in the cluster' },
  auth: {
    workload: 'Workload Identity',
    uami: 'User-assigned managed identity',
    system: 'System-assigned node identity',
    sp: 'Service principal',
    podidentity: 'aad-pod-identity',
  },
}

/** The answers that decide the option, as a clause of a sentence ("because the app reads env vars"). */
export const DECISIVE_CLAUSES: { [K in 'code' | 'reads' | 'copy']: Record<Resolved[K], string> } = {
  code: { yes: 'the code can change to call Key Vault', no: 'the code cannot change now' },
  reads: { env: 'the app reads env vars', file: 'the app reads files' },
  copy: {
    ok: 'a copy in a Kubernetes Secret is acceptable',
    no: 'no copy in a Kubernetes Secret is allowed',
  },
}

export const isAssumed = (r: Resolved, key: VerdictKey): boolean => r.unanswered.includes(key)

/** The answer as shown in the table: an assumed one says so. */
export function answerText<K extends VerdictKey>(r: Resolved, key: K): string {
  const labels: Record<string, string> = ANSWER_LABELS[key]
  const label = labels[r[key]] ?? r[key]
  return isAssumed(r, key) ? `${label} (assumed)` : label
}
