/**
 * diagnose(text, context): the failures a pasted `kubectl describe pod`, `kubectl get events` or pod log shows,
 * most likely first, each with its cause, evidence line, facts and fix.
 *
 * Linear time: one scan of the lower-cased text for every catalogue needle at once (an alternation of plain
 * literals: at most the longest needle is compared at each position), then the entries read facts from a
 * bounded window around each hit, at most 500 hits per entry.
 */
import { knownNames, type DiagnoseContext } from './bridge.ts'
import { CATALOGUE, type MatchContext } from './catalogue/index.ts'
import { flatten, readFacts, type TextFacts } from './facts.ts'
import { cleanInput, lineIndexAt, startsRecord, type CleanText } from './input.ts'
import { redact, redactDiagnosis } from './redact.ts'
import type { Diagnosis, Fact, Finding } from './types.ts'

export type { DiagnoseContext }

/** At most this many hits per entry are explained (a log repeating one event a million times). */
const MAX_HITS_PER_ENTRY = 500
/** Characters either side of a hit that facts are read from. */
const WINDOW = 3000
/** The longest evidence shown; longer lines are cut around the hit. */
const EVIDENCE_CHARS = 400

export const COLLECT_NEXT = [
  'kubectl describe pod <pod> -n <namespace>   (the Events at the end say why a volume did not mount)',
  'kubectl get events -n <namespace> --sort-by=.lastTimestamp',
  'kubectl logs -n kube-system -l app=secrets-store-csi-driver -c secrets-store --tail=200',
  "kubectl logs -n kube-system -l 'app in (secrets-store-provider-azure,csi-secrets-store-provider-azure)' --tail=200",
  'kubectl logs <pod> -n <namespace>   (the app: Azure SDK errors when it reads Key Vault itself)',
]

// One scan for every needle: an alternation of plain lower-case literals (no repetition, so no backtracking
// beyond the longest needle at each position), about three times faster than one indexOf pass per needle.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NEEDLES = new RegExp(
  CATALOGUE.flatMap((e) => e.needles)
    .map(escape)
    .join('|'),
  'g',
)
const ENTRIES_OF = new Map<string, number[]>()
CATALOGUE.forEach((e, i) => e.needles.forEach((n) => ENTRIES_OF.set(n, [...(ENTRIES_OF.get(n) ?? []), i])))

/** Offsets of the needles of each entry (by catalogue index), in text order, at most MAX_HITS_PER_ENTRY each. */
function hits(lower: string): number[][] {
  const found: number[][] = CATALOGUE.map(() => [])
  const re = new RegExp(NEEDLES)
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    for (const i of ENTRIES_OF.get(m[0]) ?? []) {
      const list = found[i]
      if (list && list.length < MAX_HITS_PER_ENTRY) list.push(m.index)
    }
    // Step one character, not the whole match: another entry's needle may start inside this one.
    re.lastIndex = m.index + 1
  }
  return found
}

/** The line, or for a long line its start (which says what failed) and the part around the hit. */
function evidenceText(line: string, column: number): string {
  if (line.length <= EVIDENCE_CHARS) return line.trim()
  // Each part is redacted before its ellipsis, so a cut never hides the start of a secret from redaction.
  if (column < EVIDENCE_CHARS - 100) return `${redact(line.slice(0, EVIDENCE_CHARS).trim())}…`
  const head = line.slice(0, 160).trim()
  const around = line.slice(column - 60, column + 180).trim()
  return `${redact(head)} … ${redact(around)}…`
}

const merge = (head: TextFacts, near: TextFacts): TextFacts => {
  const out: TextFacts = { ...head }
  for (const [k, v] of Object.entries(near) as [keyof TextFacts, string | undefined][])
    if (v !== undefined) out[k] = v
  return out
}

/** Every finding also shows the pod and service account the text names, when the entry did not already. */
function withPod(own: Fact[], f: TextFacts): Fact[] {
  const has = (label: string) => own.some((x) => x.label === label)
  const extra: Fact[] = []
  if (f.podName && !has('Pod'))
    extra.push({ label: 'Pod', value: f.podNamespace ? `${f.podNamespace}/${f.podName}` : f.podName })
  if (f.serviceAccount && !has('Service account'))
    extra.push({ label: 'Service account', value: f.serviceAccount })
  return [...own, ...extra]
}

/** The diagnosis, with every text it holds redacted (redact.ts): what the page and the command print. */
export const diagnose = (text: string, context: DiagnoseContext = {}): Diagnosis =>
  redactDiagnosis(diagnoseRaw(text, context))

function diagnoseRaw(text: string, context: DiagnoseContext): Diagnosis {
  const clean: CleanText = cleanInput(text)
  if (clean.binary) return { findings: [], notices: clean.notices, collectNext: COLLECT_NEXT }
  const names = knownNames(context)
  const lower = clean.text.toLowerCase()
  const head = readFacts(clean.text.slice(0, 32_768))
  const seen = {
    csiVolume: lower.includes('secrets-store.csi.k8s.io'),
    mountFailed: lower.includes('mountvolume.setup failed'),
  }
  const byKey = new Map<string, Finding & { weight: number; order: number; lastIndex: number }>()

  // Several entries can hit one line: read its surroundings once. Facts from the line itself win; then the
  // lines just before (a multi-line error's start) and after; then describe's header.
  const cache = new Map<number, { window: string; facts: TextFacts }>()
  const around = (index: number, start: number, line: string, at: number) => {
    let found = cache.get(index)
    if (!found) {
      const window = flatten(clean.text.slice(Math.max(0, start - WINDOW / 2, at - WINDOW), at + WINDOW))
      const own = readFacts(flatten(line.slice(Math.max(0, at - start - WINDOW), at - start + WINDOW)))
      found = { window, facts: merge(head, merge(readFacts(window), own)) }
      cache.set(index, found)
    }
    return found
  }

  const positions = hits(lower)
  CATALOGUE.forEach((entry, entryIndex) => {
    let lastLine = -1
    for (const at of positions[entryIndex] ?? []) {
      const index = lineIndexAt(clean.starts, at)
      if (index === lastLine) continue
      lastLine = index
      const start = clean.starts[index] ?? 0
      const end = clean.text.indexOf('\n', start)
      const line = clean.text.slice(start, end === -1 ? undefined : end)
      const { window, facts } = around(index, start, line, at)
      const ctx: MatchContext = { line, window, facts, names, seen }
      if (entry.accept && !entry.accept(ctx)) continue
      const explained = entry.explain(ctx)
      const key = `${entry.id}|${explained.cause}`
      const repeat = byKey.get(key)
      if (repeat) {
        // Another line of the same multi-line error (a JSON body) is not another occurrence.
        if (index - repeat.lastIndex > 3 || startsRecord(line)) repeat.occurrences++
        repeat.lastIndex = index
        continue
      }
      byKey.set(key, {
        id: entry.id,
        title: entry.title,
        source: entry.source,
        ...explained,
        facts: withPod(explained.facts, ctx.facts),
        evidence: { line: clean.lineNumbers[index] ?? index + 1, text: evidenceText(line, at - start) },
        occurrences: 1,
        weight: entry.weight,
        order: at,
        lastIndex: index,
      })
    }
  })

  const findings = [...byKey.values()]
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ weight: _w, order: _o, lastIndex: _l, ...finding }) => finding)
  const notices = [...clean.notices]
  if (clean.text.trim() === '') notices.push('The text is empty: paste what kubectl printed.')
  if (findings.length > 0) return { findings, notices, collectNext: [] }
  // A mount failed for a reason not in the catalogue: the driver's and provider's logs hold the full error.
  const collectNext = seen.mountFailed
    ? [...COLLECT_NEXT.slice(2, 4), ...COLLECT_NEXT.slice(0, 2), ...COLLECT_NEXT.slice(4)]
    : COLLECT_NEXT
  if (seen.mountFailed)
    notices.push(
      'A volume failed to mount, for a reason this page does not know yet: the driver and provider logs below say more.',
    )
  return { findings, notices, collectNext }
}
