/**
 * The answer model: exactly the keys of the version-1 permalink (../shared/spec/permalink.md), plus `cmd`,
 * which this app adds for option 2's start-up wrapper. Free-text answers are kept as typed, valid or not,
 * so a user can fix them; enumerated answers are `undefined` until answered.
 */

export const CODE_VALUES = ['yes', 'no'] as const
export const READS_VALUES = ['env', 'file'] as const
export const ROTATE_VALUES = ['none', 'restart', 'live'] as const
export const COPY_VALUES = ['ok', 'no'] as const
export const AUTH_VALUES = ['workload', 'uami', 'system', 'sp', 'podidentity'] as const
export const OPTION_VALUES = [1, 2, 3] as const
export const CLOUD_VALUES = ['AzurePublicCloud', 'AzureUSGovernmentCloud', 'AzureChinaCloud'] as const
export const LANG_VALUES = ['python', 'dotnet', 'java', 'node', 'go'] as const
export const OBJECT_TYPE_VALUES = ['secret', 'key', 'cert'] as const
/** Workload identity: let the script create the managed identity, or use one that exists (its client ID given). */
export const IDENTITY_VALUES = ['new', 'existing'] as const

export type Code = (typeof CODE_VALUES)[number]
export type Reads = (typeof READS_VALUES)[number]
export type Rotate = (typeof ROTATE_VALUES)[number]
export type Copy = (typeof COPY_VALUES)[number]
export type Auth = (typeof AUTH_VALUES)[number]
export type OptionId = (typeof OPTION_VALUES)[number]
export type Cloud = (typeof CLOUD_VALUES)[number]
export type Lang = (typeof LANG_VALUES)[number]
export type ObjectType = (typeof OBJECT_TYPE_VALUES)[number]
export type IdentityChoice = (typeof IDENTITY_VALUES)[number]

/** One Key Vault object: `o=NAME~TYPE~ENV~FILE~VERSION`. Empty strings mean "default". */
export interface KvObject {
  /** Name in Key Vault. */
  name: string
  type: ObjectType
  /** Environment variable the app reads it from; empty when the app reads the file. */
  env: string
  /** File name under the mount path (the objectAlias); empty means `name`. */
  file: string
  /** Pinned object version; empty means latest. */
  version: string
}

/** The enumerated questions, in the order the wizard asks them. */
export interface Choices {
  code?: Code
  reads?: Reads
  rotate?: Rotate
  copy?: Copy
  auth?: Auth
  identity?: IdentityChoice
  /** The option to generate when the user overrides the recommendation. */
  opt?: OptionId
  cloud?: Cloud
  lang?: Lang
}

/** Free-text answers, kept exactly as typed. Empty string means "not answered" (a default applies). */
export interface TextAnswers {
  app: string
  ns: string
  image: string
  port: string
  sa: string
  kv: string
  tenant: string
  client: string
  rg: string
  cluster: string
  mount: string
  spc: string
  /** Not in the v1 table: the container's start command, used by option 2's env-from-files wrapper. */
  cmd: string
  /** The add-on's rotation poll interval, a Go duration such as `2m` (`--rotation-poll-interval`). */
  poll: string
}

export type TextKey = keyof TextAnswers
export type ChoiceKey = keyof Choices

export interface Answers extends Choices, TextAnswers {
  objects: KvObject[]
}

export const TEXT_KEYS: readonly TextKey[] = [
  'app',
  'ns',
  'image',
  'port',
  'sa',
  'kv',
  'tenant',
  'client',
  'rg',
  'cluster',
  'mount',
  'spc',
  'cmd',
  'poll',
]

export function emptyAnswers(): Answers {
  return {
    app: '',
    ns: '',
    image: '',
    port: '',
    sa: '',
    kv: '',
    tenant: '',
    client: '',
    rg: '',
    cluster: '',
    mount: '',
    spc: '',
    cmd: '',
    poll: '',
    objects: [],
  }
}

export function emptyObject(name = ''): KvObject {
  return { name, type: 'secret', env: '', file: '', version: '' }
}

/** Defaults that apply when a text answer is empty. Names derived from `app` follow it as it changes. */
export const DEFAULT_APP = 'my-app'
export const DEFAULT_NAMESPACE = 'default'
export const DEFAULT_MOUNT = '/mnt/secrets-store'
export const DEFAULT_CLOUD: Cloud = 'AzurePublicCloud'
export const DEFAULT_LANG: Lang = 'python'
/** The add-on's own default (driver flag `--rotation-poll-interval`, see shared/reference/csi-provider-azure.md §5). */
export const DEFAULT_POLL = '2m'

/**
 * Values a manifest cannot be applied without. While one is missing the files hold an unmistakable
 * placeholder (angle brackets never pass the field's validator) and the field is flagged.
 */
export const PLACEHOLDER = {
  image: '<container-image>',
  kv: '<key-vault-name>',
  tenant: '<tenant-id>',
  client: '<client-id>',
  rg: '<resource-group>',
  cluster: '<aks-cluster>',
  cmd: '<start-command>',
  object: '<secret-name>',
} as const

export function isPlaceholder(value: string): boolean {
  return value.startsWith('<') && value.endsWith('>')
}
