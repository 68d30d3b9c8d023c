import type { Auth, ChoiceKey, Code, Copy, Lang, Reads, Rotate } from '../../domain/answers/model.ts'
import { ANSWER_LABELS } from '../../domain/recommend/labels.ts'

/** A choice as the wizard shows it: the answer (in the verdict table's words), and what it leads to. */
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
      label: ANSWER_LABELS.code.yes,
      leadsTo: 'The app reads Key Vault itself: the cleanest option becomes possible.',
    },
    {
      value: 'no',
      label: ANSWER_LABELS.code.no,
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
      label: ANSWER_LABELS.reads.env,
      leadsTo: 'Needs a synced Kubernetes Secret or a wrapper.',
    },
    {
      value: 'file',
      label: ANSWER_LABELS.reads.file,
      leadsTo: 'Mounted files work without any code change.',
    },
  ],
}

export const ROTATE_QUESTION: QuestionCopy<Rotate> = {
  key: 'rotate',
  question: 'When a secret is rotated in Key Vault, when must the app see it?',
  why: 'Environment variables never change in a running container; mounted files can.',
  choices: [
    { value: 'none', label: ANSWER_LABELS.rotate.none, leadsTo: 'Rotation stays off on the add-on.' },
    {
      value: 'restart',
      label: ANSWER_LABELS.rotate.restart,
      leadsTo: 'Rotation on; a restart picks up the new value.',
    },
    {
      value: 'live',
      label: ANSWER_LABELS.rotate.live,
      leadsTo: 'Files or the SDK; env vars need a restart on change.',
    },
  ],
}

export const COPY_QUESTION: QuestionCopy<Copy> = {
  key: 'copy',
  question: 'May a copy of a secret be stored as a Kubernetes Secret in the cluster?',
  why: 'A synced Secret lives in etcd, readable by anyone who may read Secrets in the namespace.',
  choices: [
    { value: 'ok', label: ANSWER_LABELS.copy.ok, leadsTo: 'Env vars can come from a synced Secret.' },
    {
      value: 'no',
      label: ANSWER_LABELS.copy.no,
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
      label: ANSWER_LABELS.auth.workload,
      leadsTo: 'Per service account, no credential stored: recommended.',
    },
    {
      value: 'uami',
      label: ANSWER_LABELS.auth.uami,
      leadsTo: 'The nodes’ or add-on’s identity: every pod on them shares it.',
    },
    {
      value: 'system',
      label: ANSWER_LABELS.auth.system,
      leadsTo: 'The VM scale set’s own identity: coarse, rare on AKS.',
    },
    {
      value: 'sp',
      label: ANSWER_LABELS.auth.sp,
      leadsTo: 'Its client secret must be stored in the cluster.',
    },
    {
      value: 'podidentity',
      label: ANSWER_LABELS.auth.podidentity,
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
