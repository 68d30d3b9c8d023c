import {
  addedObjects,
  fields,
  recommend,
  resolve,
  toYaml,
  type Answers,
  type Fields,
  type Manifest,
  type OptionId,
  type Recommendation,
  type Resolved,
} from './shared/bridge.ts'
import {
  answersFromInput,
  mergeAnswers,
  questionsFromInput,
  type InputQuestion,
} from './answers-from-input.ts'
import { applyPlan } from './akv2k8s/apply-plan.ts'
import type { Conversion } from './akv2k8s/conversion.ts'
import { convertAkv2k8s } from './akv2k8s/convert.ts'
import { groupSpc } from './akv2k8s/spc.ts'
import { looksInjected } from './shared/classify.ts'
import { lintInputs, type LintFinding } from './lint.ts'
import { patchWithOption } from './patch-option.ts'
import type { ReportRow } from './shared/report.ts'
import { containersOfWorkload } from './akv2k8s/workload-scan.ts'
import { list, text } from './shared/bridge.ts'
import { podOf } from './shared/pod-template.ts'
import { nsLabel, objectLabel, type ImportedDoc, type ImportResult } from './shared/types.ts'

/** One document of the result, in output order. */
export interface OutputDoc {
  /** The input document it comes from; undefined for an object the migration adds (a SecretProviderClass). */
  source?: ImportedDoc
  object: Fields
  change: 'added' | 'patched' | 'unchanged'
}

export interface MigrateOptions {
  /** Generate this option even when another is recommended (the CLI's `--option`). */
  option?: OptionId
  /** The container that gets the additions when the manifests cannot tell (plain workloads only). */
  containerName?: string
  /**
   * The file the user has the patched stream in, as the clean-up's `kubectl apply -f` names it: the page's
   * download `patched.yaml`; the command line's default says to save its standard output.
   */
  streamName?: string
}

export interface MigrationResult {
  /** The answers the migration used: the input's, under the user's. */
  answers: Answers
  recommendation: Recommendation
  /**
   * The option applied: the one the recommendation generates. An akv2k8s migration always uses the CSI
   * driver: when option 1 is recommended, 3 if a copy may live in the cluster, else 2.
   */
  option: OptionId
  mode: 'akv2k8s' | 'workloads' | 'nothing'
  output: OutputDoc[]
  /** Input documents left out of the output: akv2k8s resources, and Secrets pasted with their values. */
  removed: ImportedDoc[]
  rows: ReportRow[]
  lint: LintFinding[]
  cleanup: string[]
  /** `output` as one multi-document stream, as `kubectl apply -f -` takes it. */
  yaml: string
  /**
   * Answers the input cannot tell and the user has not given (questionsFromInput): `option` assumes the
   * registry's value for each until it is answered, as the recommendation does. Ask each once.
   */
  ask: InputQuestion[]
}

const usesAkv2k8s = (docs: readonly ImportedDoc[]): boolean =>
  docs.some((d) => d.role === 'akvs') ||
  docs.some(
    (d) =>
      d.role === 'workload' &&
      containersOfWorkload(d).some((c) =>
        list(c.container['env']).some((e) => looksInjected(fields(e)['value'])),
      ),
  )

/**
 * The migration of imported manifests: akv2k8s resources converted, or the chosen option added to the app's
 * own workloads; everything else passed through in input order. Pure; the input must have been read without
 * errors (see `readInputs`).
 */
export function migrate(
  input: ImportResult,
  userAnswers: Answers,
  options: MigrateOptions = {},
): MigrationResult {
  const answers = mergeAnswers(answersFromInput(input), userAnswers)
  const forced = options.option ?? answers.opt
  const recommendation = recommend(forced === undefined ? answers : { ...answers, opt: forced })
  const docs = input.docs
  const lint = lintInputs(docs)
  const removed = docs.filter((d) => d.role === 'akvs' || d.role === 'secret')
  const rows: ReportRow[] = removed
    .filter((d) => d.role === 'secret')
    .map((d) => ({
      at: d.at,
      construct: `Secret ${nsLabel(d.namespace)}/${d.name}`,
      status: 'info',
      result: `holds values (keys ${(d.secretKeys ?? []).join(', ')}): left out of the output, never echoed`,
      todo: 'store these values in Key Vault and remove the Secret from your files',
    }))
  const ask = questionsFromInput(input).filter((q) => userAnswers[q.key] === undefined)
  if (usesAkv2k8s(docs)) {
    // The option the recommendation generates, so that the report, the patched manifests and the wizard's
    // files agree; option 1 keeps the app unchanged here, with a copy only where the answers allow one.
    const generated = recommendation.generated
    const option: OptionId =
      forced === 2 || forced === 3
        ? forced
        : generated === 2 || generated === 3
          ? generated
          : resolve(answers).copy === 'ok'
            ? 3
            : 2
    const r = resolve({ ...answers, copy: option === 3 ? 'ok' : 'no' })
    if (recommendation.generated === 1) {
      rows.push({
        construct: 'the recommendation',
        status: 'info',
        result:
          'option 1 (SDK) needs the app to change; the migration keeps the app as is with the CSI driver',
        todo: 'follow the roadmap to option 1 later',
      })
    }
    const conversion = convertAkv2k8s(docs, r, options.streamName)
    const output = akv2k8sOutput(docs, conversion, r, rows)
    return finish({
      answers,
      recommendation,
      option,
      mode: 'akv2k8s',
      output,
      removed,
      rows: [...rows, ...conversion.rows],
      lint,
      cleanup: conversion.cleanup,
      ask,
    })
  }
  const option = recommendation.generated
  const r = resolve({ ...answers, opt: option })
  const output = workloadsOutput(docs, r, option, options.containerName, rows)
  const mode = docs.some((d) => d.role === 'workload') ? 'workloads' : 'nothing'
  return finish({ answers, recommendation, option, mode, output, removed, rows, lint, cleanup: [], ask })
}

// A block scalar kept with `|+` may end in newlines that belong to it: add one only when missing.
const withNewline = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`)

function finish(result: Omit<MigrationResult, 'yaml'>): MigrationResult {
  // An untouched document is written back as the user wrote it (comments and layout kept), the rest by the
  // project's YAML writer.
  const texts = result.output.map((d) =>
    d.change === 'unchanged' && d.source?.source !== undefined
      ? withNewline(d.source.source)
      : toYaml(d.object),
  )
  return { ...result, yaml: texts.join('---\n') }
}

/** SecretProviderClass names a workload's CSI volumes use. */
const mountedSpcs = (d: ImportedDoc): string[] =>
  list(podOf(d.object, d.kind).spec['volumes'])
    .map((v) => text(fields(fields(fields(v)['csi'])['volumeAttributes'])['secretProviderClass']) ?? '')
    .filter((n) => n !== '')

const asFields = (m: Manifest): Fields => m as unknown as Fields

function akv2k8sOutput(
  docs: readonly ImportedDoc[],
  c: Conversion,
  r: Resolved,
  rows: ReportRow[],
): OutputDoc[] {
  const output: OutputDoc[] = []
  const spcAt = new Map<ImportedDoc, Fields[]>()
  for (const [id, first] of c.firstAkvs) {
    const g = c.groups.get(id)
    if (g) spcAt.set(first, [...(spcAt.get(first) ?? []), asFields(groupSpc(g, r))])
  }
  for (const doc of docs) {
    for (const spc of spcAt.get(doc) ?? []) output.push({ object: spc, change: 'added' })
    if (doc.role === 'akvs' || doc.role === 'secret') continue
    const plans = c.plans.get(doc)
    if (doc.role !== 'workload' || !plans) {
      output.push({ source: doc, object: doc.object, change: 'unchanged' })
      continue
    }
    const patched = applyPlan(doc, plans, c.groups, r)
    rows.push(...patched.rows)
    if (patched.configMap) output.push({ object: asFields(patched.configMap), change: 'added' })
    output.push({ source: doc, object: patched.object, change: 'patched' })
  }
  return output
}

/** The app's workloads (named as the answer `app`) get the option; what they need comes just before them. */
function workloadsOutput(
  docs: readonly ImportedDoc[],
  r: Resolved,
  option: OptionId,
  containerName: string | undefined,
  rows: ReportRow[],
): OutputDoc[] {
  const named = docs.filter((d) => d.role === 'workload' && d.name === r.app)
  // A workload that already mounts one of the imported SecretProviderClasses is on the CSI driver: lint only.
  const onCsi = named.filter((d) =>
    mountedSpcs(d).some((spc) =>
      docs.some(
        (s) =>
          s.role === 'spc' && s.name === spc && (s.namespace || 'default') === (d.namespace || 'default'),
      ),
    ),
  )
  for (const d of onCsi) {
    rows.push({
      at: d.at,
      construct: objectLabel(d),
      status: 'info',
      result: `already mounts SecretProviderClass ${mountedSpcs(d).join(', ')}: kept as is, see the lint findings`,
      todo: '',
    })
  }
  const targets = named.filter((d) => !onCsi.includes(d))
  const workloads = docs.filter((d) => d.role === 'workload')
  if (workloads.length > 0 && named.length === 0) {
    rows.push({
      construct: `app ${r.app}`,
      status: 'info',
      result: `no workload named ${r.app} among the inputs: nothing patched`,
      todo: `set the answer app to one of: ${workloads.map((w) => w.name).join(', ')}`,
    })
  }
  for (const w of workloads.filter((d) => !named.includes(d))) {
    rows.push({
      at: w.at,
      construct: objectLabel(w),
      status: 'info',
      result: 'not the app: kept as is',
      todo: '',
    })
  }
  if (targets.length === 0)
    return docs
      .filter((d) => d.role !== 'secret')
      .map((d) => ({ source: d, object: d.object, change: 'unchanged' as const }))
  const ns = targets[0]?.namespace ?? ''
  const sameNs = (a: string) => (a || 'default') === (ns || 'default')
  const has = (m: Manifest) =>
    docs.some((d) => d.kind === m.kind && d.name === m.metadata.name && sameNs(d.namespace))
  const strip = (m: Manifest): Fields => {
    if (!ns) delete m.metadata.namespace
    return asFields(m)
  }
  // The generator's own rows, less what the input already has.
  const added: Fields[] = addedObjects({ ...r, ns: ns || r.ns }, option)
    .filter((m) => !has(m))
    .map(strip)
  const output: OutputDoc[] = []
  for (const doc of docs) {
    if (doc.role === 'secret') continue
    if (doc === targets[0]) output.push(...added.map((object) => ({ object, change: 'added' as const })))
    if (!targets.includes(doc)) {
      output.push({ source: doc, object: doc.object, change: 'unchanged' })
      continue
    }
    const patched = patchWithOption(doc, r, option, containerName)
    rows.push(...patched.rows)
    output.push({ source: doc, object: patched.object, change: 'patched' })
  }
  return output
}
