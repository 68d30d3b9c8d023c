import type { Diagnosis, Finding } from '../domain/diagnose/index.ts'

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => by + l)
    .join('\n')

/** One finding as a person reads it in a terminal; `where` names the input ("pod.txt" or "stdin"). */
export function formatFinding(f: Finding, n: number, where: string): string {
  const lines = [`${n}. ${f.title}${f.occurrences > 1 ? ` (seen ${f.occurrences} times)` : ''}`]
  lines.push(`   Cause: ${f.cause}`)
  lines.push(`   Evidence: ${where}:${f.evidence.line}: ${f.evidence.text}`)
  if (f.facts.length > 0) {
    lines.push('   Read from the text:')
    for (const fact of f.facts) lines.push(`     ${fact.label}: ${fact.value}`)
  }
  lines.push('   Fix:')
  for (const step of f.fix) {
    if (step.kind === 'text') lines.push(indent(step.text, '     '))
    else
      lines.push(
        indent(step.text, step.kind === 'shell' ? '       $ ' : '       ').replace(
          /\n {7}\$ {1}(?= )/g,
          '\n         ',
        ),
      )
  }
  lines.push(`   Source: ${f.source}`)
  return lines.join('\n')
}

export function formatDiagnosis(d: Diagnosis, where: string): string {
  if (d.findings.length === 0)
    return [`${where}: no failure recognised. Collect next:`, ...d.collectNext.map((c) => `  ${c}`)].join(
      '\n',
    )
  return d.findings.map((f, i) => formatFinding(f, i + 1, where)).join('\n\n')
}
