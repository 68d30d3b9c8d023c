/**
 * A small Bicep writer: the renderer builds parameters, resources, modules and outputs as data (the tests
 * walk those resource bodies against the Bicep type data), and this writes them as `bicep format` lays
 * them out: two-space indent, one property or item a line. Every answer goes in as a quoted, escaped string.
 */

/** A Bicep expression written as is: a reference (`cluster.properties.x`), a function call. */
export interface BicepExpr {
  bicep: string
}
/** An interpolated string: `'system:serviceaccount:${ns}:${sa}'`. */
export interface BicepTemplate {
  parts: (string | BicepExpr)[]
}
export type BicepValue =
  string | number | boolean | BicepExpr | BicepTemplate | BicepValue[] | { [key: string]: BicepValue }

export const bx = (bicep: string): BicepExpr => ({ bicep })
export const btpl = (...parts: (string | BicepExpr)[]): BicepTemplate => ({ parts })

export const isBicepExpr = (v: BicepValue): v is BicepExpr =>
  typeof v === 'object' && 'bicep' in v && typeof v.bicep === 'string'
export const isBicepTemplate = (v: BicepValue): v is BicepTemplate =>
  typeof v === 'object' && 'parts' in v && Array.isArray(v.parts)

export interface BicepParam {
  name: string
  type: 'string' | 'bool' | 'int' | 'array' | 'object'
  description: string
  default?: BicepValue
}

export interface BicepResource {
  symbol: string
  /** `Microsoft.KeyVault/vaults/secrets`. */
  type: string
  apiVersion: string
  existing?: boolean
  comment?: string[]
  /** `@batchSize(1)` on a loop that must deploy one at a time. */
  batchSize?: number
  /** `[for item in over: ...]`. */
  loop?: { item: string; over: BicepExpr }
  /** `if (condition)`. */
  condition?: BicepExpr
  parent?: string
  scope?: BicepExpr
  /** The resource body as the type data describes it: name, location, properties. */
  body: Record<string, BicepValue>
}

export interface BicepModule {
  symbol: string
  path: string
  comment?: string[]
  name: BicepValue
  scope: BicepExpr
  params: Record<string, BicepValue>
}

export interface BicepOutput {
  name: string
  type: 'string'
  description: string
  value: BicepExpr
}

export interface BicepDocument {
  header: string[]
  params: BicepParam[]
  vars?: [string, BicepValue][]
  resources: BicepResource[]
  modules?: BicepModule[]
  outputs?: BicepOutput[]
  /** Comment lines at the end (the cluster settings to merge). */
  trailer?: string[]
}

/** The inside of a single-quoted Bicep string: `\`, `'`, `${` and control characters escaped. */
export function escapeBicep(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '\\') out += '\\\\'
    else if (ch === "'") out += "\\'"
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\u{${code.toString(16)}}`
    else out += ch
  }
  return out.replace(/\$\{/g, '\\${')
}

export const bquote = (text: string): string => `'${escapeBicep(text)}'`
const propertyKey = (key: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : bquote(key))

/** A value as Bicep text; objects and arrays one entry a line, indented from `indent`. */
export function bicepValue(value: BicepValue, indent = ''): string {
  if (typeof value === 'string') return bquote(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isBicepExpr(value)) return value.bicep
  if (isBicepTemplate(value))
    return `'${value.parts.map((p) => (typeof p === 'string' ? escapeBicep(p) : `\${${p.bicep}}`)).join('')}'`
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => `${inner}${bicepValue(v, inner)}`).join('\n')}\n${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([k, v]) => `${inner}${propertyKey(k)}: ${bicepValue(v, inner)}`).join('\n')}\n${indent}}`
}

const comments = (lines: readonly string[] | undefined): string[] =>
  (lines ?? []).map((l) => (l === '' ? '//' : `// ${l}`))

function resourceText(r: BicepResource): string {
  const head = [
    ...comments(r.comment),
    ...(r.batchSize !== undefined ? [`@batchSize(${r.batchSize})`] : []),
    `resource ${r.symbol} '${r.type}@${r.apiVersion}'${r.existing ? ' existing' : ''} = `,
  ]
  // Bicep's own keys go first, and only when set (bicepValue writes every key it is given).
  const syntax: Record<string, BicepValue> = {}
  if (r.parent !== undefined) syntax.parent = bx(r.parent)
  if (r.scope !== undefined) syntax.scope = r.scope
  const condition = r.condition !== undefined ? `if (${r.condition.bicep}) ` : ''
  if (r.loop === undefined) return `${head.join('\n')}${condition}${bicepValue({ ...syntax, ...r.body })}`
  const body = bicepValue({ ...syntax, ...r.body }, '  ')
  return `${head.join('\n')}[\n  for ${r.loop.item} in ${r.loop.over.bicep}: ${condition}${body}\n]`
}

function moduleText(m: BicepModule): string {
  const body: Record<string, BicepValue> = { name: m.name, scope: m.scope, params: m.params }
  return [...comments(m.comment), `module ${m.symbol} '${m.path}' = ${bicepValue(body)}`].join('\n')
}

function paramText(p: BicepParam): string {
  const value = p.default === undefined ? '' : ` = ${bicepValue(p.default)}`
  return `@description(${bquote(p.description)})\nparam ${p.name} ${p.type}${value}`
}

/** A whole `.bicep` file: header, parameters, variables, resources, modules, outputs, trailer. */
export function bicepFile(doc: BicepDocument): string {
  const sections = [
    comments(doc.header).join('\n'),
    ...doc.params.map(paramText),
    ...(doc.vars ?? []).map(([name, value]) => `var ${name} = ${bicepValue(value)}`),
    ...doc.resources.map(resourceText),
    ...(doc.modules ?? []).map(moduleText),
    ...(doc.outputs ?? []).map(
      (o) => `@description(${bquote(o.description)})\noutput ${o.name} ${o.type} = ${o.value.bicep}`,
    ),
    ...(doc.trailer !== undefined && doc.trailer.length > 0 ? [comments(doc.trailer).join('\n')] : []),
  ].filter((s) => s !== '')
  return `${sections.join('\n\n')}\n`
}

/** A `.bicepparam` file: `using` the template, then one `param` a line. */
export function bicepParamFile(header: string[], template: string, values: [string, BicepValue][]): string {
  return [
    ...comments(header),
    `using '${template}'`,
    '',
    ...values.map(([name, value]) => `param ${name} = ${bicepValue(value)}`),
    '',
  ].join('\n')
}
