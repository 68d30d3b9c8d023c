import type { Ignored, MigrationResult } from '../domain/migrate/index.ts'
import { STATUS_LABEL, where } from '../domain/migrate/index.ts'
import { ASSUMED, OPTION_TITLES, toYaml } from '../domain/engine.ts'

const indent = (text: string, by: string): string[] =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => by + l)

/** What a person reads on stderr: the recommendation, the report rows, the lint findings, the clean-up. */
export function describeMigration(result: MigrationResult, ignored: Ignored[], notReady: string[]): string[] {
  const r = result.recommendation
  const lines = [
    `Recommended: Option ${r.recommended} — ${OPTION_TITLES[r.recommended]}`,
    ...r.reasons.map((x) => `  - ${x}`),
  ]
  if (result.option !== r.recommended)
    lines.push(`Applying: Option ${result.option} — ${OPTION_TITLES[result.option]}`)
  for (const q of result.ask) {
    lines.push(
      `The input cannot tell ${q.key}: ${q.why}. Assumed ${String(result.answers[q.key] ?? ASSUMED[q.key])} until answered: add ${q.key}=ok or ${q.key}=no to --answers.`,
    )
  }
  if (result.mode === 'nothing')
    lines.push('Nothing to patch: no workload, AzureKeyVaultSecret or env injection among the inputs.')
  if (result.rows.length > 0) lines.push('Report:')
  for (const row of result.rows) {
    lines.push(
      `  [${STATUS_LABEL[row.status]}] ${row.construct}${row.at ? ` (${where(row.at)})` : ''}: ${row.result}`,
    )
    if (row.todo) lines.push(`      to do: ${row.todo}`)
    if (row.alternative)
      lines.push(
        '      External Secrets Operator instead:',
        ...indent(row.alternative.map((m) => toYaml(m)).join('---\n'), '        '),
      )
  }
  if (ignored.length > 0) {
    lines.push(
      'Ignored (passed through as they are):',
      ...ignored.map((i) => `  ${where(i.at)}: ${i.kind} ${i.name}: ${i.reason}`),
    )
  }
  if (result.lint.length > 0)
    lines.push('Lint:', ...result.lint.map((f) => `  ${where(f.at)}: ${f.subject}: ${f.message}`))
  if (result.cleanup.length > 0)
    lines.push('Clean-up, in this order:', ...result.cleanup.map((s, i) => `  ${i + 1}. ${s}`))
  if (notReady.length > 0) lines.push('Not ready to apply as is:', ...notReady.map((w) => `  ${w}`))
  return lines
}
