/**
 * A small HCL writer: the renderer builds blocks as data, this writes them the way `terraform fmt` would
 * (two-space indent, `=` aligned over consecutive attributes), so `terraform fmt` changes nothing. Every
 * answer goes in as a quoted, escaped string literal, never as code.
 */

/** A Terraform expression written as is: a reference (`var.x`), a call, a conditional. */
export interface Expr {
  expr: string
}
/** A quoted template with interpolations: `"${data.azurerm_key_vault.kv.id}/${each.key}"`. */
export interface Template {
  template: (string | Expr)[]
}
export type HclValue =
  string | number | boolean | Expr | Template | HclValue[] | { map: [string, HclValue][] }

export type BodyItem =
  | { attr: string; value: HclValue }
  | { block: string; labels?: string[]; body: BodyItem[] }
  | { blank: true }
  | { comment: string[] }

export const ex = (expr: string): Expr => ({ expr })
export const tpl = (...template: (string | Expr)[]): Template => ({ template })
export const attr = (name: string, value: HclValue): BodyItem => ({ attr: name, value })
export const block = (type: string, labels: string[], body: BodyItem[]): BodyItem => ({
  block: type,
  labels,
  body,
})
export const blank: BodyItem = { blank: true }
export const comment = (...lines: string[]): BodyItem => ({ comment: lines })

const isExpr = (v: HclValue): v is Expr => typeof v === 'object' && 'expr' in v
const isTemplate = (v: HclValue): v is Template => typeof v === 'object' && 'template' in v

/** The literal part of a quoted HCL string: escapes, and `${` / `%{` doubled so they stay text. */
export function escapeHcl(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '\\') out += '\\\\'
    else if (ch === '"') out += '\\"'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return out.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')
}

export const quote = (text: string): string => `"${escapeHcl(text)}"`
/** An object key: bare when it is an identifier (`source`), quoted otherwise (`"secrets/db"`). */
const key = (text: string): string => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(text) ? text : quote(text))

/** A value on one line (maps are written by `bodyLines`, one entry a line). */
function inline(value: HclValue): string {
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isExpr(value)) return value.expr
  if (isTemplate(value)) {
    // A lone interpolation is the expression itself: `terraform fmt` would unwrap "${x}".
    const [only] = value.template
    if (value.template.length === 1 && only !== undefined && typeof only !== 'string') return only.expr
    return `"${value.template.map((p) => (typeof p === 'string' ? escapeHcl(p) : `\${${p.expr}}`)).join('')}"`
  }
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
  return value.map.length === 0
    ? '{}'
    : `{ ${value.map.map(([k, v]) => `${key(k)} = ${inline(v)}`).join(', ')} }`
}

const isMultiLineMap = (v: HclValue): v is { map: [string, HclValue][] } =>
  typeof v === 'object' && !Array.isArray(v) && 'map' in v && v.map.length > 0

/** Lines of `name = value` with the `=` aligned, as hclwrite aligns a run of single-line attributes. */
function alignedAttrs(run: [string, string][], indent: string): string[] {
  const width = Math.max(...run.map(([name]) => name.length))
  return run.map(([name, value]) => `${indent}${name.padEnd(width)} = ${value}`)
}

export function bodyLines(items: readonly BodyItem[], depth = 0): string[] {
  const indent = '  '.repeat(depth)
  const out: string[] = []
  let run: [string, string][] = []
  const flush = (): void => {
    if (run.length > 0) out.push(...alignedAttrs(run, indent))
    run = []
  }
  for (const item of items) {
    if ('attr' in item && !isMultiLineMap(item.value)) {
      run.push([item.attr, inline(item.value)])
      continue
    }
    flush()
    if ('attr' in item) {
      const entries = (item.value as { map: [string, HclValue][] }).map
      out.push(`${indent}${item.attr} = {`)
      out.push(
        ...alignedAttrs(
          entries.map(([k, v]) => [key(k), inline(v)]),
          `${indent}  `,
        ),
      )
      out.push(`${indent}}`)
    } else if ('block' in item) {
      const labels = (item.labels ?? []).map((l) => ` ${quote(l)}`).join('')
      if (item.body.length === 0) out.push(`${indent}${item.block}${labels} {}`)
      else out.push(`${indent}${item.block}${labels} {`, ...bodyLines(item.body, depth + 1), `${indent}}`)
    } else if ('blank' in item) out.push('')
    else out.push(...item.comment.map((line) => (line === '' ? `${indent}#` : `${indent}# ${line}`)))
  }
  flush()
  return out
}

/** A whole file: top-level items, each block separated from the next by one blank line. */
export function hclFile(header: readonly string[], items: readonly BodyItem[]): string {
  const lines = [...header.map((l) => (l === '' ? '#' : `# ${l}`)), ...(header.length > 0 ? [''] : [])]
  items.forEach((item, i) => {
    lines.push(...bodyLines([item]))
    const next = items[i + 1]
    if (next !== undefined && !('comment' in item)) lines.push('')
  })
  return `${lines.join('\n')}\n`
}
