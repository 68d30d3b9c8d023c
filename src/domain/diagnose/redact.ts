/**
 * Every text a diagnosis holds goes through `redact` (text/redact.ts) here, in one place, so every line the
 * page or the command prints is redacted: title, cause, evidence, facts, fix steps and notices.
 */
import { redact } from '../text/redact.ts'
import type { Diagnosis, Finding } from './types.ts'

export { redact }

function redactFinding(f: Finding): Finding {
  return {
    ...f,
    title: redact(f.title),
    cause: redact(f.cause),
    evidence: { line: f.evidence.line, text: redact(f.evidence.text) },
    facts: f.facts.map((fact) => ({ label: redact(fact.label), value: redact(fact.value) })),
    fix: f.fix.map((step) => ({ kind: step.kind, text: redact(step.text) })),
  }
}

/** The diagnosis with every text it holds redacted: the one place that stands between the input and output. */
export const redactDiagnosis = (d: Diagnosis): Diagnosis => ({
  findings: d.findings.map(redactFinding),
  notices: d.notices.map(redact),
  collectNext: d.collectNext,
})
