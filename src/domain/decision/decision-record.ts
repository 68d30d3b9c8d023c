import { encodePermalink } from '../permalink/codec.ts'
import type { Assessment } from '../assess.ts'
import { checkProviderRules } from '../check/provider-rules.ts'
import { resultLine } from '../check/result.ts'
import type { Generated } from '../generate/types.ts'
import type { Readiness } from '../readiness/readiness.ts'
import { OPTION_TITLES, type Cell, type Recommendation, type Verdict } from '../recommend/types.ts'
import { TOOL_VERSION } from '../version.ts'
import type { OptionId } from '../answers/model.ts'

export const DECISION_NAME = 'decision.md'

/**
 * What the record cannot know from the answers. Passed in, never read from a clock or the window, so the
 * same answers and context give the same bytes (the page, `--out` and the tests agree).
 */
export interface RecordContext {
  /** The day of the decision, `YYYY-MM-DD`: the page passes today's local date, the CLI `--date` or today. */
  date: string
  /** The page's address without the fragment (`https://host/akv-wizard/`), or '' when only a fragment is known. */
  pageUrl: string
}

const OPTIONS: readonly OptionId[] = [1, 2, 3]
const PROS: Record<Verdict, string> = { fits: 'Good', caveat: 'Neutral', no: 'Bad' }

const optionName = (o: OptionId) => `Option ${o}: ${OPTION_TITLES[o]}`
/** How each option gets the secrets in: the engine that syncs them where one does (MADR's "considered options"). */
const HOW: Record<OptionId, string> = {
  1: 'the app reads Key Vault itself with an Azure SDK and a Workload Identity token; nothing is synced',
  2: 'the Secrets Store CSI driver with the Azure provider mounts each object as a file; nothing is synced',
  3: 'the Secrets Store CSI driver mounts the objects and syncs them into a Kubernetes Secret (its `secretObjects`), which sets the env vars',
}

function justification(rec: Recommendation): string {
  const at = rec.summary.indexOf(' because ')
  if (at >= 0) return rec.summary.slice(at + ' because '.length).replace(/\.$/, '')
  return rec.reasons.map((r) => r.replace(/\.$/, '')).join('; ')
}

/** Certificates for an Ingress only (`ing`): not the app's to read, named so the record is whole. */
function ingressContext(r: Assessment['resolved']): string {
  if (r.ingressObjects.length === 0) return ''
  const names = r.ingressObjects.map((o) => `\`${o.name}\``).join(', ')
  return (
    ` Beside them, ${r.ingressObjects.length === 1 ? 'the certificate' : 'the certificates'} ${names} ` +
    `${r.ingressObjects.length === 1 ? 'is' : 'are'} for an Ingress only: the AKS application routing add-on ` +
    'serves them from the vault (learn.microsoft.com/azure/aks/app-routing-dns-ssl), and no pod mounts them.'
  )
}

function context(a: Assessment): string {
  const r = a.resolved
  const objects = r.objects.map(
    (o) => `\`${o.name}\` (${o.type}${o.env !== '' ? `, env var \`${o.env}\`` : `, file \`${o.fileName}\``})`,
  )
  return (
    `The application \`${r.app}\` runs on Azure Kubernetes Service in the namespace \`${r.ns}\` and ` +
    `needs ${objects.length === 1 ? 'one object' : `${objects.length} objects`} from the Azure Key Vault ` +
    `\`${r.kv}\`${objects.length > 0 ? `: ${objects.join(', ')}` : ''}.${ingressContext(r)} How should it get them: with its own ` +
    'code and an identity of its own, as files the CSI driver mounts, or as env vars from a synced Kubernetes Secret?'
  )
}

/** The engine's sentences start a clause here ("Good, because the code ..."): lower-case their first word when it is a common word, never a name. */
const COMMON_FIRST = /^(The|A|An|No|It|Option|This|Each|Every|Only|One|Its|Nothing)\b/
const clause = (sentence: string) =>
  COMMON_FIRST.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence

const pro = (question: string, answer: string, cell: Cell) =>
  `* ${PROS[cell.verdict]}, because ${clause(cell.reason).replace(/\.$/, '')} (${question}: ${answer}).`

function checked(a: Assessment, g: Generated, readiness: Readiness): string[] {
  const rules = checkProviderRules(g.manifests)
  return [
    `* Every answer against the wizard's rules: ${a.invalid.length === 0 ? 'no invalid value' : a.invalid.map((i) => `\`${i.key}\`: ${i.message}`).join('; ')}.`,
    `* Values still missing (placeholders in the files): ${readiness.missing.length === 0 ? 'none' : readiness.missing.map((i) => `\`${i.key}\`: ${i.message}`).join('; ')}.`,
    `* The manifests against the Azure provider's and the CSI driver's rules that the CRD does not check: ${rules.length === 0 ? 'no problem found' : rules.map(resultLine).join('; ')}.`,
  ]
}

/**
 * The decision as an architecture decision record in MADR 4.0 (https://adr.github.io/madr/): front matter,
 * the context, the answers as drivers, the three options with a verdict per answer, the outcome with the
 * warnings and the roadmap as consequences, and the permalink that reproduces it. Pure: answers in, text out.
 */
export function decisionRecord(
  a: Assessment,
  g: Generated,
  readiness: Readiness,
  ctx: RecordContext,
): string {
  const rec = a.recommendation
  const link = `${ctx.pageUrl}#${encodePermalink(a.answers)}`
  const drivers = rec.table.map(
    (row) => `* ${row.question}: ${row.answer}${row.assumed ? ' (assumed: not answered yet)' : ''}`,
  )
  const outcome = [
    `Chosen option: "${optionName(rec.recommended)}", because ${justification(rec)}.`,
    '',
    ...rec.reasons.map((r) => `* ${r}`),
    ...(rec.generated !== rec.recommended
      ? [
          '',
          `The files are written for option ${rec.generated} instead (${OPTION_TITLES[rec.generated]}).` +
            (rec.violations.length > 0
              ? ' It goes against these answers:'
              : ' It goes against none of the answers.'),
          ...rec.violations.map((v) => `* ${v}`),
        ]
      : []),
  ]
  const consequences = [
    ...rec.warnings.map((w) => `* Bad, because ${clause(w.text)} ${w.remedy}`),
    ...(rec.warnings.length === 0 ? ['* Good, because the answers raise no warning.'] : []),
    ...(rec.roadmap.length > 0
      ? [
          '',
          'Roadmap to option 1, the best practice, when the answers allow it:',
          '',
          ...rec.roadmap.map((s, i) => `${i + 1}. ${s}`),
        ]
      : []),
  ]
  const prosAndCons = OPTIONS.flatMap((o) => [
    `### ${optionName(o)}${o === rec.recommended ? ' (chosen)' : ''}`,
    '',
    `How: ${HOW[o]}.`,
    '',
    ...rec.table.map((row) => pro(row.question, row.answer, row.cells[o])),
    '',
  ])
  return [
    '---',
    'status: proposed',
    `date: ${ctx.date}`,
    '---',
    '',
    `# Secrets from Azure Key Vault for \`${a.resolved.app}\` on AKS: option ${rec.recommended}`,
    '',
    '## Context and Problem Statement',
    '',
    context(a),
    '',
    '## Decision Drivers',
    '',
    ...drivers,
    '',
    '## Considered Options',
    '',
    ...OPTIONS.map((o) => `* ${optionName(o)}: ${HOW[o]}`),
    '',
    '## Decision Outcome',
    '',
    ...outcome,
    '',
    '### Consequences',
    '',
    ...consequences,
    '',
    '## Pros and Cons of the Options',
    '',
    ...prosAndCons,
    '## More Information',
    '',
    `* Permalink: ${ctx.pageUrl === '' ? `\`${link}\`` : `<${link}>`}. It reopens these answers in akv-wizard, whose “Download all” saves the same files (in a pipeline: \`npm run generate -- '${link}' --out DIR\`).`,
    `* Written by akv-wizard ${TOOL_VERSION} (permalink format v=1), files for option ${g.option}: ${g.files.map((f) => `\`${f.name}\``).join(', ')}.`,
    '* What was checked when it was written:',
    ...checked(a, g, readiness).map((line) => `  ${line}`),
    '',
  ].join('\n')
}
