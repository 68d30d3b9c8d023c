/**
 * Syntax highlighting, loaded on demand so the first screen does not pay for it. highlight.js escapes the
 * code it is given, so its HTML output is safe to insert.
 */
import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import csharp from 'highlight.js/lib/languages/csharp'
import go from 'highlight.js/lib/languages/go'
import java from 'highlight.js/lib/languages/java'
import javascript from 'highlight.js/lib/languages/javascript'
import python from 'highlight.js/lib/languages/python'
import markdown from 'highlight.js/lib/languages/markdown'
import yaml from 'highlight.js/lib/languages/yaml'
import { PLACEHOLDER, type FileLanguage } from '../../domain/index.ts'
import bicep from './grammars/bicep.ts'
import hcl from './grammars/hcl.ts'

const LANGUAGES: Record<FileLanguage, [string, typeof yaml]> = {
  yaml: ['yaml', yaml],
  shell: ['bash', bash],
  python: ['python', python],
  csharp: ['csharp', csharp],
  java: ['java', java],
  javascript: ['javascript', javascript],
  go: ['go', go],
  hcl: ['hcl', hcl],
  bicep: ['bicep', bicep],
  markdown: ['markdown', markdown],
}
for (const [name, grammar] of Object.values(LANGUAGES)) hljs.registerLanguage(name, grammar)

// A placeholder as highlight.js escapes it: `&lt;tenant-id&gt;`. Only these exact words are wrapped.
const ESCAPED_PLACEHOLDER = new RegExp(
  Object.values(PLACEHOLDER)
    .map((p) => `&lt;${p.slice(1, -1)}&gt;`)
    .join('|'),
  'g',
)

/** Highlighted HTML, with every placeholder marked so that nobody takes it for a value. */
export function highlight(code: string, language: FileLanguage): string {
  const html = hljs.highlight(code, { language: LANGUAGES[language][0], ignoreIllegals: true }).value
  return html.replace(
    ESCAPED_PLACEHOLDER,
    (p) => `<mark class="placeholder" title="still to fill in">${p}</mark>`,
  )
}
