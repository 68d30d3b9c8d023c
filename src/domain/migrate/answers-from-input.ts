import {
  CHOICE_KEYS,
  emptyAnswers,
  fields,
  isLongRunning,
  readableObjects,
  readObjectsParameter,
  scalarText,
  list,
  text,
  TEXT_KEYS,
  type Answers,
  type Fields,
  type KvObject,
} from './shared/bridge.ts'
import { readAkvs } from './akv2k8s/akvs.ts'
import { injectionRef } from './shared/classify.ts'
import { containersOfWorkload } from './akv2k8s/workload-scan.ts'
import { podOf } from './shared/pod-template.ts'
import type { ImportedDoc, ImportResult } from './shared/types.ts'

/**
 * The workload taken for "the app" when the user names none: the first long-running one (Deployments and
 * the like run the app; Jobs and Pods are more often helpers, a chart's hooks), else the first.
 */
export function mainWorkload(docs: readonly ImportedDoc[]): ImportedDoc | undefined {
  const workloads = docs.filter((d) => d.role === 'workload')
  return workloads.find((d) => isLongRunning(d.kind)) ?? workloads[0]
}

/**
 * Objects named in a SecretProviderClass's `objects` parameter, read by the checker's reader: an item it cannot
 * read is left out (lint reports it). A type in another case (`Secret`) still says what the object is.
 */
function spcObjects(spc: ImportedDoc): KvObject[] {
  const source = text(fields(fields(spc.object['spec'])['parameters'])['objects'])
  return readableObjects(readObjectsParameter(source)).flatMap((o) => {
    const type = (scalarText(o['objectType']) ?? '').toLowerCase()
    const name = scalarText(o['objectName']) ?? ''
    const alias = scalarText(o['objectAlias']) ?? ''
    return name && (type === 'secret' || type === 'key' || type === 'cert')
      ? [
          {
            name,
            type,
            env: '',
            file: alias === name ? '' : alias,
            version: scalarText(o['objectVersion']) ?? '',
            vault: '',
          },
        ]
      : []
  })
}

/** Every env var read from a Secret key, in input order, as `secretName/key` and the env var's name. */
function secretKeyEnvs(docs: readonly ImportedDoc[]): { ref: string; env: string }[] {
  return docs
    .filter((d) => d.role === 'workload')
    .flatMap((w) => containersOfWorkload(w))
    .flatMap((c) =>
      list(c.container['env'])
        .map(fields)
        .map((e) => {
          const ref = fields(fields(e['valueFrom'])['secretKeyRef'])
          return { ref: `${text(ref['name']) ?? ''}/${text(ref['key']) ?? ''}`, env: text(e['name']) ?? '' }
        }),
    )
}

/**
 * The env var that reads each object through a synced Secret (`secretObjects` → a workload's secretKeyRef).
 * `envs` is read once for all classes: a scan of every workload per class grew with their product.
 */
function withSyncedEnv(
  spc: ImportedDoc,
  objects: KvObject[],
  envs: readonly { ref: string; env: string }[],
): KvObject[] {
  const fileOf = new Map<string, string>()
  for (const so of list(fields(spc.object['spec'])['secretObjects']).map(fields)) {
    for (const d of list(so['data']).map(fields))
      fileOf.set(`${text(so['secretName']) ?? ''}/${text(d['key']) ?? ''}`, text(d['objectName']) ?? '')
  }
  if (fileOf.size === 0) return objects.map((o) => ({ ...o, env: '' }))
  const envOfFile = new Map<string, string>()
  for (const { ref, env } of envs) {
    const file = fileOf.get(ref)
    if (file && !envOfFile.has(file)) envOfFile.set(file, env)
  }
  return objects.map((o) => ({ ...o, env: envOfFile.get(o.file || o.name) ?? '' }))
}

/** akv2k8s object types as the wizard's: a certificate is read with its key (objectType secret) unless public only. */
function akvsObject(doc: ImportedDoc, env: string): KvObject | undefined {
  const a = readAkvs(doc)
  if (!a.objectName) return undefined
  const type =
    a.objectType === 'key'
      ? 'key'
      : a.objectType === 'certificate' &&
          a.secret?.type !== 'kubernetes.io/tls' &&
          a.secret?.type !== 'Opaque' &&
          a.secret
        ? 'cert'
        : 'secret'
  if (a.objectType === 'multi-key-value-secret') return undefined
  return { name: a.objectName, type, env, file: '', version: a.version, vault: a.vault }
}

/** A parameter of a SecretProviderClass, read whatever its case: `KeyvaultName` is a common slip lint reports. */
function spcParam(spc: ImportedDoc | undefined, name: string): string | undefined {
  const params: Fields = fields(fields(spc?.object['spec'])['parameters'])
  return text(Object.entries(params).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1])
}

/**
 * An object's `VAULT` answer: empty for the `kv` vault (vault names are case-insensitive), else the vault, so
 * an input that reads several vaults fills the objects of the others with theirs (issue 17).
 */
const inOtherVault = (vault: string, kv: string | undefined): string =>
  vault === '' || vault.toLowerCase() === (kv ?? '').toLowerCase() ? '' : vault

/** Env var names per akvs name, from `<akvs>@azurekeyvault` values. */
function injectedEnv(docs: readonly ImportedDoc[]): Map<string, string> {
  const byAkvs = new Map<string, string>()
  for (const doc of docs.filter((d) => d.role === 'workload')) {
    for (const c of containersOfWorkload(doc)) {
      for (const e of list(c.container['env']).map(fields)) {
        const ref = injectionRef(e['value'])
        if (ref && !byAkvs.has(ref.akvs)) byAkvs.set(ref.akvs, text(e['name']) ?? '')
      }
    }
  }
  return byAkvs
}

// The page asks what an import says to offer "Fill the answers", and `migrate` asks again for the same read
// input on every change of the answers: worked out once per input. The input is never changed once read.
const fromInputCache = new WeakMap<ImportResult, Partial<Answers>>()

/**
 * What the input says about the answers: the vault, the objects and their env vars, the namespace, the app,
 * its service account, and from an existing SecretProviderClass its tenant and identity. Only fields the input
 * knows are set. Worked out once per input: the result is shared and must not be changed.
 */
export function answersFromInput(input: ImportResult): Partial<Answers> {
  const known = fromInputCache.get(input)
  if (known !== undefined) return known
  const found = readAnswers(input)
  fromInputCache.set(input, found)
  return found
}

function readAnswers(input: ImportResult): Partial<Answers> {
  const docs = input.docs
  const akvs = docs.filter((d) => d.role === 'akvs')
  const spcs = docs.filter((d) => d.role === 'spc')
  const main = mainWorkload(docs)
  const found: Partial<Answers> = {}
  const param = (name: string, spc = spcs[0]): string | undefined => spcParam(spc, name)
  const kv = akvs.map((d) => readAkvs(d).vault).find((v) => v !== '') ?? param('keyvaultName')
  if (kv) found.kv = kv
  const envs = injectedEnv(docs)
  const synced = akvs.length > 0 ? [] : secretKeyEnvs(docs)
  const objects = (
    akvs.length > 0
      ? akvs.flatMap((d) => akvsObject(d, envs.get(d.name) ?? '') ?? [])
      : spcs.flatMap((spc) =>
          withSyncedEnv(spc, spcObjects(spc), synced).map((o) => ({
            ...o,
            vault: param('keyvaultName', spc) ?? '',
          })),
        )
  ).map((o) => ({ ...o, vault: inOtherVault(o.vault, kv) }))
  if (objects.length > 0) found.objects = objects
  const ns = main?.namespace || akvs[0]?.namespace || spcs[0]?.namespace
  if (ns) found.ns = ns
  if (main) {
    found.app = main.name
    const sa = text(podOf(main.object, main.kind).spec['serviceAccountName'])
    if (sa) found.sa = sa
  }
  if (spcs[0]) found.spc = spcs[0].name
  const tenant = param('tenantID')
  if (tenant) found.tenant = tenant
  const client = param('clientID') ?? param('userAssignedIdentityID')
  if (client) found.client = client
  if (param('useVMManagedIdentity') === 'true')
    found.auth = param('userAssignedIdentityID') ? 'uami' : 'system'
  else if (param('clientID')) found.auth = 'workload'
  if (envs.size > 0 || objects.some((o) => o.env !== '')) found.reads = 'env'
  else if (spcs.length > 0) found.reads = 'file'
  // akv2k8s, or the CSI driver already in use, hand the app its secrets without any SDK call: the team moves
  // without changing code (seed 004: "the applications themselves don't need any changes").
  if (akvs.length > 0 || spcs.length > 0) found.code = 'no'
  if (holdsACopy(docs)) found.copy = 'ok'
  return found
}

/**
 * A copy of a secret already lives in a Kubernetes Secret: an existing SecretProviderClass syncs one, or an
 * akv2k8s controller writes one (`output.secret`, cmd/azure-keyvault-controller/controller/secret.go creates
 * it). Env injection alone never did: its values went straight into the process (akv2k8s docs, how-it-works).
 */
const holdsACopy = (docs: readonly ImportedDoc[]): boolean =>
  docs.some((d) => d.role === 'akvs' && readAkvs(d).secret !== undefined) ||
  docs.some((d) => d.role === 'spc' && list(fields(d.object['spec'])['secretObjects']).length > 0)

/** An answer the imported YAML cannot tell, though the option applied to it depends on it. */
export interface InputQuestion {
  key: 'copy'
  /** Why the files cannot tell, in a sentence the page can show with the question. */
  why: string
}

/**
 * What the input leaves open that decides its migration: today whether a copy may live in a Kubernetes
 * Secret, for akv2k8s env injection with no synced Secret anywhere in the input (akv2k8s kept those values
 * out of etcd; only the team can say whether a synced copy is acceptable). Until it is answered the
 * wizard assumes no copy: option 2, mounted files read by the start-up wrapper.
 */
export function questionsFromInput(input: ImportResult): InputQuestion[] {
  const docs = input.docs
  const injects = [...injectedEnv(docs).keys()].length > 0
  return injects && !holdsACopy(docs)
    ? [
        {
          key: 'copy',
          why: 'akv2k8s env injection kept these values out of Kubernetes Secrets; the files cannot tell whether a synced copy is acceptable now',
        },
      ]
    : []
}

/** The input's answers under the user's: an answer the user gave wins; the input fills the rest. */
export function mergeAnswers(fromInput: Partial<Answers>, user: Answers): Answers {
  const merged: Answers = { ...emptyAnswers(), ...fromInput }
  for (const key of TEXT_KEYS) if (user[key].trim() !== '') merged[key] = user[key]
  for (const key of CHOICE_KEYS) {
    if (user[key] !== undefined) Object.assign(merged, { [key]: user[key] })
  }
  if (user.objects.length > 0) merged.objects = user.objects
  return merged
}
