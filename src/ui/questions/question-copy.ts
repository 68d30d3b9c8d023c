import type { Auth, ChoiceKey, Code, Copy, Lang, Reads, Rotate } from '../../domain/answers/model.ts'

/** A choice as the wizard shows it: the answer, and what it leads to. */
export interface ChoiceCopy<V extends string> {
  value: V
  label: string
  leadsTo: string
}

export interface QuestionCopy<V extends string> {
  key: ChoiceKey
  question: string
  why: string
  choices: ChoiceCopy<V>[]
}

export const CODE_QUESTION: QuestionCopy<Code> = {
  key: 'code',
  question: 'Can the application’s code change now to read Key Vault itself?',
  why: 'An app that calls Key Vault with an Azure SDK needs no copy of a secret anywhere in the cluster.',
  choices: [
    {
      value: 'yes',
      label: 'Yes',
      leadsTo: 'The app reads Key Vault itself: the cleanest option becomes possible.',
    },
    {
      value: 'no',
      label: 'No, not now',
      leadsTo: 'The cluster delivers the secrets; the SDK goes on the roadmap.',
    },
  ],
}

export const READS_QUESTION: QuestionCopy<Reads> = {
  key: 'reads',
  question: 'How does the application read its secrets today?',
  why: 'The CSI driver delivers files; environment variables need a synced copy or a start-up wrapper.',
  choices: [
    {
      value: 'env',
      label: 'Environment variables',
      leadsTo: 'Needs a synced Kubernetes Secret or a wrapper.',
    },
    { value: 'file', label: 'Files', leadsTo: 'Mounted files work without any code change.' },
  ],
}

export const ROTATE_QUESTION: QuestionCopy<Rotate> = {
  key: 'rotate',
  question: 'When a secret is rotated in Key Vault, when must the app see it?',
  why: 'Environment variables never change in a running container; mounted files can.',
  choices: [
    { value: 'none', label: 'Not needed', leadsTo: 'Rotation stays off on the add-on.' },
    {
      value: 'restart',
      label: 'At the next pod start',
      leadsTo: 'Rotation on; a restart picks up the new value.',
    },
    {
      value: 'live',
      label: 'While running',
      leadsTo: 'Files or the SDK; env vars need a restart on change.',
    },
  ],
}

export const COPY_QUESTION: QuestionCopy<Copy> = {
  key: 'copy',
  question: 'May a copy of a secret be stored as a Kubernetes Secret in the cluster?',
  why: 'A synced Secret lives in etcd, readable by anyone who may read Secrets in the namespace.',
  choices: [
    { value: 'ok', label: 'Yes, a copy is acceptable', leadsTo: 'Env vars can come from a synced Secret.' },
    {
      value: 'no',
      label: 'No copy in the cluster',
      leadsTo: 'Secrets stay in Key Vault and in pod memory only.',
    },
  ],
}

export const AUTH_QUESTION: QuestionCopy<Auth> = {
  key: 'auth',
  question: 'Which identity can the pod (or the CSI driver) use to reach Key Vault?',
  why: 'It decides who else can read the vault and whether a credential has to live in the cluster.',
  choices: [
    {
      value: 'workload',
      label: 'Workload Identity',
      leadsTo: 'Per service account, no credential stored: recommended.',
    },
    {
      value: 'uami',
      label: 'User-assigned managed identity',
      leadsTo: 'The nodes’ or add-on’s identity: every pod on them shares it.',
    },
    {
      value: 'system',
      label: 'System-assigned node identity',
      leadsTo: 'The VM scale set’s own identity: coarse, rare on AKS.',
    },
    { value: 'sp', label: 'Service principal', leadsTo: 'Its client secret must be stored in the cluster.' },
    {
      value: 'podidentity',
      label: 'aad-pod-identity',
      leadsTo: 'Deprecated: plan the move to Workload Identity.',
    },
  ],
}

export const LANG_CHOICES: ChoiceCopy<Lang>[] = [
  { value: 'python', label: 'Python', leadsTo: '' },
  { value: 'dotnet', label: '.NET (C#)', leadsTo: '' },
  { value: 'java', label: 'Java', leadsTo: '' },
  { value: 'node', label: 'Node.js', leadsTo: '' },
  { value: 'go', label: 'Go', leadsTo: '' },
]
