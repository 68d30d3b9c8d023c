import type { EngineResult } from '../domain/engine.ts'
import { isKnownKey, type PermalinkNotice } from '../domain/index.ts'
import { OPTION_TITLES } from '../domain/index.ts'

/**
 * Splits what the link and the answers say into problems (exit 2: a pipeline must not apply a guess)
 * and warnings (the manifests are still right, or hold a visible placeholder).
 * An unknown key is only a warning: a link from a newer release may carry keys this one does not know.
 */
export function problemsForCli(
  notices: PermalinkNotice[],
  result: EngineResult,
): { problems: string[]; warnings: string[] } {
  const problems: string[] = []
  const warnings: string[] = []
  for (const n of notices) (isKnownKey(n.key) ? problems : warnings).push(`${n.key}: ${n.message}`)
  for (const issue of result.invalid) problems.push(`${issue.key}: ${issue.message}`)
  return { problems, warnings }
}

/** The recommendation as a person reads it on stderr. */
export function describeForCli(result: EngineResult, warnings: string[]): string[] {
  const r = result.recommendation
  const lines = [`Recommended: Option ${r.recommended} — ${OPTION_TITLES[r.recommended]}`]
  lines.push(...r.reasons.map((reason) => `  - ${reason}`))
  if (r.generated !== r.recommended) {
    lines.push(`Generating: Option ${r.generated} — ${r.title}`)
    lines.push(...r.violations.map((v) => `  ! ${v}`))
  }
  for (const w of r.warnings) lines.push(`Warning: ${w.text} ${w.remedy}`)
  if (r.roadmap.length > 0)
    lines.push('Roadmap to option 1:', ...r.roadmap.map((step, i) => `  ${i + 1}. ${step}`))
  lines.push(...warnings.map((w) => `Ignored: ${w}`))
  const { missing, files, blocked } = result.readiness
  if (blocked !== undefined && missing.length === 0)
    lines.push('Not ready to apply as is:', `  auth: ${blocked}`)
  if (missing.length > 0) {
    lines.push(
      'Not ready to apply as is:',
      ...missing.map((issue) => {
        const where = files.filter((f) => f.keys.includes(issue.key)).map((f) => f.name)
        return `  ${issue.key}: ${issue.message}${where.length > 0 ? ` (placeholder in ${where.join(', ')})` : ''}`
      }),
    )
  }
  return lines
}
