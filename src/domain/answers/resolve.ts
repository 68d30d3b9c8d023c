import {
  CHOICE_KEYS,
  DEFAULT_APP,
  TEXT_KEYS,
  type Answers,
  type ChoiceKey,
  type KvObject,
  type TextKey,
  type ValueOf,
} from './model.ts'
import { parseIngressEntries } from './field-rules/ingress.ts'
import { PLACEHOLDER } from './placeholder.ts'
import { QUESTIONS } from './registry.ts'

type Registry = typeof QUESTIONS

/** Choices that are never undefined once resolved: the engine assumes a value, or a default applies. */
type SettledKey = {
  [K in ChoiceKey]: Registry[K] extends { assumed: unknown } | { default: unknown } ? K : never
}[ChoiceKey]
type AssumedKey = { [K in ChoiceKey]: Registry[K] extends { assumed: unknown } ? K : never }[ChoiceKey]

export type ResolvedChoices = { [K in SettledKey]: ValueOf<K> } & {
  [K in Exclude<ChoiceKey, SettledKey>]: ValueOf<K> | undefined
}

/**
 * What the engine assumes for a question not answered yet. The wizard shows these as "assumed", and the
 * recommendation starts from the best practice: a team that can change its code should.
 */
export const ASSUMED = Object.fromEntries(
  CHOICE_KEYS.flatMap((key) => {
    const q = QUESTIONS[key]
    return 'assumed' in q ? [[key, q.assumed]] : []
  }),
) as { [K in AssumedKey]: Registry[K]['assumed'] }

/** A Key Vault object with every default applied. */
export interface ResolvedObject extends KvObject {
  /** The file name the driver mounts it as: the alias, else the name. */
  fileName: string
  /** The vault that holds it, trimmed: its own `VAULT` field, else the `kv` answer's vault. */
  vault: string
}

/** A certificate only an Ingress uses (`ing`): the application routing add-on serves it, no pod mounts it. */
export interface IngressObject extends ResolvedObject {
  /** The host name its Ingress serves; empty when not given. */
  host: string
}

/** Answers with every default applied: what the generators read. Never validated here. */
export type Resolved = Omit<ResolvedChoices, 'identity'> & { [K in Exclude<TextKey, 'port'>]: string } & {
  /** Workload identity: create the identity (`new`) or use the one whose client ID was given. */
  identity: ValueOf<'identity'>
  /** Undefined when no port was given: the container then declares none. */
  port: number | undefined
  /** The objects the app reads (mounted, synced or read with the SDK): every object but `ingressObjects`. */
  objects: ResolvedObject[]
  /** The cert objects `ing` names, each once, in the order of `o`. */
  ingressObjects: IngressObject[]
  /** Questions still on their assumed value. */
  unanswered: ChoiceKey[]
}

const or = (value: string, fallback: string): string => (value.trim() === '' ? fallback : value.trim())

export function resolveObject(o: KvObject, kv: string = PLACEHOLDER.kv): ResolvedObject {
  const name = or(o.name, PLACEHOLDER.object)
  return { ...o, name, fileName: or(o.file, name), vault: or(o.vault, kv) }
}

/** What an empty text answer means: its default, its placeholder, or a name derived from the app's. */
function textFallback(key: TextKey, app: string): string {
  if (key === 'sa') return app
  if (key === 'spc') return `${app}-keyvault`
  if (key === 'app') return DEFAULT_APP
  const q = QUESTIONS[key]
  return ('default' in q ? q.default : undefined) ?? ('placeholder' in q ? q.placeholder : undefined) ?? ''
}

function choiceFallback(key: ChoiceKey): string | number | undefined {
  const q = QUESTIONS[key]
  return 'assumed' in q ? q.assumed : 'default' in q ? q.default : undefined
}

export function resolve(a: Answers): Resolved {
  const app = or(a.app, DEFAULT_APP)
  const texts = Object.fromEntries(TEXT_KEYS.map((key) => [key, or(a[key], textFallback(key, app))]))
  const choices = Object.fromEntries(CHOICE_KEYS.map((key) => [key, a[key] ?? choiceFallback(key)]))
  const port = Number.parseInt(a.port, 10)
  const { objects, ingressObjects } = splitIngressObjects(
    a.objects.map((o) => resolveObject(o, String(texts['kv']))),
    a.ing,
  )
  return {
    ...(texts as { [K in Exclude<TextKey, 'port'>]: string }),
    ...(choices as ResolvedChoices),
    identity: a.identity ?? (a.client.trim() === '' ? 'new' : 'existing'),
    port: Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined,
    objects,
    ingressObjects,
    unanswered: CHOICE_KEYS.filter((key) => key in ASSUMED && a[key] === undefined),
  }
}

/**
 * Only a cert object can be for an Ingress only: a name of `ing` that is no cert stays the app's (the
 * validator says so at the field). A name given twice in `o` gets one Ingress.
 */
function splitIngressObjects(
  all: ResolvedObject[],
  ing: string,
): { objects: ResolvedObject[]; ingressObjects: IngressObject[] } {
  const hosts = new Map(parseIngressEntries(ing).map((e) => [e.name, e.host]))
  const objects: ResolvedObject[] = []
  const ingressObjects: IngressObject[] = []
  for (const o of all) {
    const host = o.type === 'cert' ? hosts.get(o.name) : undefined
    if (host === undefined) objects.push(o)
    else if (!ingressObjects.some((i) => i.name === o.name)) ingressObjects.push({ ...o, host })
  }
  return { objects, ingressObjects }
}

/** Name of the Kubernetes Secret that option 3 syncs. */
export const syncedSecretName = (r: Resolved): string => `${r.app}-kv-secrets`

/**
 * A mounted file's name as a Secret data key: Secret keys allow `[-._a-zA-Z0-9]`, file names may hold `/`.
 * The generator's synced Secret and the akv2k8s importer both name keys with it.
 */
export const secretKeyFor = (fileName: string): string => fileName.replace(/\//g, '.')
