import {
  DEFAULT_APP,
  DEFAULT_CLOUD,
  DEFAULT_LANG,
  DEFAULT_MOUNT,
  DEFAULT_NAMESPACE,
  DEFAULT_POLL,
  PLACEHOLDER,
  type Answers,
  type Auth,
  type ChoiceKey,
  type Cloud,
  type Code,
  type Copy,
  type IdentityChoice,
  type KvObject,
  type Lang,
  type OptionId,
  type Reads,
  type Rotate,
} from './model.ts'

/**
 * What the engine assumes for a question not answered yet. The wizard shows these as "assumed", and the
 * recommendation starts from the best practice: a team that can change its code should.
 */
export const ASSUMED = {
  code: 'yes',
  reads: 'env',
  rotate: 'none',
  copy: 'no',
  auth: 'workload',
} as const satisfies Partial<Record<ChoiceKey, string>>

/** A Key Vault object with every default applied. */
export interface ResolvedObject extends KvObject {
  /** The file name the driver mounts it as: the alias, else the name. */
  fileName: string
}

/** Answers with every default applied: what the generators read. Never validated here. */
export interface Resolved {
  code: Code
  reads: Reads
  rotate: Rotate
  copy: Copy
  auth: Auth
  /** Workload identity: create the identity (`new`) or use the one whose client ID was given. */
  identity: IdentityChoice
  cloud: Cloud
  lang: Lang
  opt: OptionId | undefined
  app: string
  ns: string
  image: string
  /** Undefined when no port was given: the container then declares none. */
  port: number | undefined
  sa: string
  kv: string
  tenant: string
  client: string
  rg: string
  cluster: string
  mount: string
  spc: string
  cmd: string
  poll: string
  objects: ResolvedObject[]
  /** Questions still on their assumed value. */
  unanswered: ChoiceKey[]
}

const or = (value: string, fallback: string): string => (value.trim() === '' ? fallback : value.trim())

export function resolveObject(o: KvObject): ResolvedObject {
  const name = or(o.name, PLACEHOLDER.object)
  return { ...o, name, fileName: or(o.file, name) }
}

export function resolve(a: Answers): Resolved {
  const app = or(a.app, DEFAULT_APP)
  const unanswered = (['code', 'reads', 'rotate', 'copy', 'auth'] as const).filter((k) => a[k] === undefined)
  const port = Number.parseInt(a.port, 10)
  return {
    code: a.code ?? ASSUMED.code,
    reads: a.reads ?? ASSUMED.reads,
    rotate: a.rotate ?? ASSUMED.rotate,
    copy: a.copy ?? ASSUMED.copy,
    auth: a.auth ?? ASSUMED.auth,
    identity: a.identity ?? (a.client.trim() === '' ? 'new' : 'existing'),
    cloud: a.cloud ?? DEFAULT_CLOUD,
    lang: a.lang ?? DEFAULT_LANG,
    opt: a.opt,
    app,
    ns: or(a.ns, DEFAULT_NAMESPACE),
    image: or(a.image, PLACEHOLDER.image),
    port: Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined,
    sa: or(a.sa, app),
    kv: or(a.kv, PLACEHOLDER.kv),
    tenant: or(a.tenant, PLACEHOLDER.tenant),
    client: or(a.client, PLACEHOLDER.client),
    rg: or(a.rg, PLACEHOLDER.rg),
    cluster: or(a.cluster, PLACEHOLDER.cluster),
    mount: or(a.mount, DEFAULT_MOUNT),
    spc: or(a.spc, `${app}-keyvault`),
    cmd: or(a.cmd, PLACEHOLDER.cmd),
    poll: or(a.poll, DEFAULT_POLL),
    objects: a.objects.map(resolveObject),
    unanswered,
  }
}

/** Name of the Kubernetes Secret that option 3 syncs. */
export const syncedSecretName = (r: Resolved): string => `${r.app}-kv-secrets`

/** A file name as a Secret data key: Secret keys allow `[-._a-zA-Z0-9]`, file names may hold `/`. */
export const secretKeyFor = (o: ResolvedObject): string => o.fileName.replace(/\//g, '.')
