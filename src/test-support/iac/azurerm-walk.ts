import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Walks the JSON that @cdktf/hcl2json gives for generated .tf files against the azurerm provider's own schema
 * dump (../shared/reference/iac/azurerm-5.2.0-schema.json, hashicorp/terraform-provider-azurerm
 * `.release/provider-schema.json` at v5.2.0): unknown argument, missing required, a computed-only attribute
 * set, block nesting, maxItems/minItems, and every `<type>.<label>.<attribute>` reference. Then the few
 * cross-field rules the dump lacks (CROSS_FIELD_RULES).
 */

interface AttrSchema {
  type: string
  required?: boolean
  optional?: boolean
  computed?: boolean
  maxItems?: number
  minItems?: number
  elem?: { type?: string; schema?: Record<string, AttrSchema> }
}
type BlockSchema = Record<string, AttrSchema>
interface ProviderSchema {
  providerVersion: string
  providerSchema: {
    resources: Record<string, { schema: BlockSchema }>
    dataSources: Record<string, { schema: BlockSchema }>
  }
}

export const AZURERM_SCHEMA_PATH = join(process.cwd(), '../shared/reference/iac/azurerm-5.2.0-schema.json')
export const loadAzurermSchema = (): ProviderSchema =>
  JSON.parse(readFileSync(AZURERM_SCHEMA_PATH, 'utf8')) as ProviderSchema

type Json = Record<string, unknown>
const META = new Set(['count', 'for_each', 'depends_on', 'provider'])

const isInterpolation = (v: unknown): boolean => typeof v === 'string' && /^\$\{[\s\S]*\}$/.test(v)

function walkLifecycle(value: unknown, path: string, out: string[]): void {
  for (const lc of value as Json[]) {
    for (const [key, conditions] of Object.entries(lc)) {
      if (key !== 'precondition' && key !== 'postcondition') {
        if (
          !['create_before_destroy', 'prevent_destroy', 'ignore_changes', 'replace_triggered_by'].includes(
            key,
          )
        )
          out.push(`${path}.lifecycle: unknown argument ${key}`)
        continue
      }
      for (const c of conditions as Json[]) {
        const keys = Object.keys(c).sort().join(',')
        if (keys !== 'condition,error_message') out.push(`${path}.lifecycle.${key}: has ${keys}`)
      }
    }
  }
}

function checkType(a: AttrSchema, value: unknown, path: string, out: string[]): void {
  if (isInterpolation(value)) return
  const primitive = (type: string | undefined, v: unknown): boolean =>
    isInterpolation(v) ||
    (type === 'TypeString' && typeof v === 'string') ||
    (type === 'TypeBool' && typeof v === 'boolean') ||
    ((type === 'TypeInt' || type === 'TypeFloat') && typeof v === 'number')
  if (a.type === 'TypeList' || a.type === 'TypeSet') {
    if (!Array.isArray(value)) return void out.push(`${path}: a list is expected`)
    if (a.maxItems !== undefined && value.length > a.maxItems)
      out.push(`${path}: ${value.length} items, at most ${a.maxItems}`)
    if (a.minItems !== undefined && value.length < a.minItems)
      out.push(`${path}: ${value.length} items, at least ${a.minItems}`)
    for (const item of value)
      if (!primitive(a.elem?.type, item))
        out.push(`${path}: item ${JSON.stringify(item)} is not ${a.elem?.type}`)
  } else if (a.type === 'TypeMap') {
    if (typeof value !== 'object' || value === null) out.push(`${path}: a map is expected`)
  } else if (!primitive(a.type, value)) out.push(`${path}: ${JSON.stringify(value)} is not ${a.type}`)
}

/** `partial`: a fragment to merge (the cluster settings), so required arguments are not asked for. */
export function walkBody(
  body: Json,
  schema: BlockSchema,
  path: string,
  out: string[],
  partial = false,
): void {
  for (const [key, value] of Object.entries(body)) {
    if (META.has(key)) continue
    if (key === 'lifecycle') {
      walkLifecycle(value, path, out)
      continue
    }
    const a = schema[key]
    if (a === undefined) {
      out.push(`${path}: unknown argument ${key}`)
      continue
    }
    if (a.computed && !a.optional && !a.required)
      out.push(`${path}: ${key} is computed only, it cannot be set`)
    const nested = a.elem?.schema
    if (nested !== undefined) {
      if (!Array.isArray(value)) {
        out.push(`${path}: ${key} must be a block`)
        continue
      }
      if (a.maxItems !== undefined && value.length > a.maxItems)
        out.push(`${path}: ${value.length} ${key} blocks, at most ${a.maxItems}`)
      value.forEach((b, i) => walkBody(b as Json, nested, `${path}.${key}[${i}]`, out, partial))
    } else checkType(a, value, `${path}.${key}`, out)
  }
  if (!partial)
    for (const [key, a] of Object.entries(schema))
      if (a.required && !(key in body)) out.push(`${path}: missing required argument ${key}`)
}

/** `(data.)?<type>.<label>.<attribute>` references, `var.x` and `local.x`, in every string of the JSON. */
function references(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    for (const m of value.matchAll(/\$\{([\s\S]*?)\}/g)) found.push(m[1] ?? '')
  } else if (Array.isArray(value)) value.forEach((v) => references(v, found))
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach((v) => references(v, found))
  return found
}

function checkReferences(doc: Json, schema: ProviderSchema, out: string[]): void {
  const declared = {
    var: new Set(Object.keys((doc.variable as Json | undefined) ?? {})),
    local: new Set(((doc.locals as Json[] | undefined) ?? []).flatMap((l) => Object.keys(l))),
  }
  const labels = (kind: 'resource' | 'data', type: string): Set<string> =>
    new Set(Object.keys(((doc[kind] as Json | undefined)?.[type] as Json | undefined) ?? {}))
  for (const expr of references(doc)) {
    for (const m of expr.matchAll(/\b(var|local)\.([A-Za-z_][\w-]*)/g)) {
      const [, kind, name] = m as unknown as [string, 'var' | 'local', string]
      if (!declared[kind].has(name)) out.push(`reference ${kind}.${name}: not declared`)
    }
    for (const m of expr.matchAll(
      /\b(data\.)?(azurerm_[a-z_]+)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?\.([a-z_]+)/g,
    )) {
      const [, data, type, label, attribute] = m as unknown as [
        string,
        string | undefined,
        string,
        string,
        string,
      ]
      const kind = data ? 'dataSources' : 'resources'
      const s = schema.providerSchema[kind][type]?.schema
      if (s === undefined) out.push(`reference ${m[0]}: unknown ${kind} type ${type}`)
      else if (attribute !== 'id' && s[attribute] === undefined)
        out.push(`reference ${m[0]}: no attribute ${attribute}`)
      if (!labels(data ? 'data' : 'resource', type).has(label)) out.push(`reference ${m[0]}: no such block`)
    }
  }
}

/**
 * Cross-field rules the dump does not hold, from the resources' own Go files (terraform-provider-azurerm
 * v5.2.0): internal/services/authorization/role_assignment_resource.go (`ExactlyOneOf` role_definition_id /
 * role_definition_name; `principal_type` StringInSlice User, Group, ServicePrincipal) and
 * internal/services/keyvault/key_vault_access_policy_resource.go with helpers in key_vault_access_policy.go
 * (permission names StringInSlice, case-sensitive, capitalised).
 */
const PERMISSIONS: Record<string, readonly string[]> = {
  secret_permissions: ['Backup', 'Delete', 'Get', 'List', 'Purge', 'Recover', 'Restore', 'Set'],
  key_permissions: [
    'Backup',
    'Create',
    'Decrypt',
    'Delete',
    'Encrypt',
    'Get',
    'Import',
    'List',
    'Purge',
    'Recover',
    'Restore',
    'Sign',
    'UnwrapKey',
    'Update',
    'Verify',
    'WrapKey',
    'Release',
    'Rotate',
    'GetRotationPolicy',
    'SetRotationPolicy',
  ],
  certificate_permissions: [
    'Backup',
    'Create',
    'Delete',
    'DeleteIssuers',
    'Get',
    'GetIssuers',
    'Import',
    'List',
    'ListIssuers',
    'ManageContacts',
    'ManageIssuers',
    'Purge',
    'Recover',
    'Restore',
    'SetIssuers',
    'Update',
  ],
}

export const CROSS_FIELD_RULES: Record<string, (body: Json, path: string) => string[]> = {
  azurerm_role_assignment: (body, path) => [
    ...('role_definition_id' in body === 'role_definition_name' in body
      ? [`${path}: exactly one of role_definition_id and role_definition_name`]
      : []),
    ...('principal_type' in body &&
    !isInterpolation(body.principal_type) &&
    !['User', 'Group', 'ServicePrincipal'].includes(String(body.principal_type))
      ? [`${path}: principal_type ${String(body.principal_type)} is not User, Group or ServicePrincipal`]
      : []),
  ],
  azurerm_key_vault_access_policy: (body, path) =>
    Object.entries(PERMISSIONS).flatMap(([key, allowed]) =>
      ((body[key] as unknown[] | undefined) ?? [])
        .filter((p) => !isInterpolation(p) && !allowed.includes(String(p)))
        .map((p) => `${path}.${key}: ${String(p)} is not a permission (they are capitalised: ${allowed[0]})`),
    ),
}

/** Every problem in one merged document (all .tf files of a folder parsed and merged), empty when clean. */
export function walkTerraform(doc: Json, schema: ProviderSchema = loadAzurermSchema()): string[] {
  const out: string[] = []
  for (const kind of ['resource', 'data'] as const) {
    const byType = (doc[kind] as Record<string, Record<string, Json[]>> | undefined) ?? {}
    for (const [type, byLabel] of Object.entries(byType)) {
      const s = schema.providerSchema[kind === 'resource' ? 'resources' : 'dataSources'][type]?.schema
      for (const [label, bodies] of Object.entries(byLabel))
        for (const body of bodies) {
          const path = `${kind === 'data' ? 'data.' : ''}${type}.${label}`
          if (s === undefined) out.push(`${path}: unknown ${kind} type`)
          else {
            walkBody(body, s, path, out)
            if (kind === 'resource') out.push(...(CROSS_FIELD_RULES[type]?.(body, path) ?? []))
          }
        }
    }
  }
  checkReferences(doc, schema, out)
  return out
}

/** Merges what hcl2json gives per file into one document, as Terraform reads a folder. */
export function mergeTerraform(docs: readonly Json[]): Json {
  const merged: Json = {}
  for (const doc of docs)
    for (const [key, value] of Object.entries(doc)) {
      if (Array.isArray(value)) merged[key] = [...((merged[key] as unknown[] | undefined) ?? []), ...value]
      else if (typeof value === 'object' && value !== null) {
        const target = ((merged[key] as Json | undefined) ?? {}) as Json
        for (const [k, v] of Object.entries(value as Json))
          target[k] =
            typeof v === 'object' && v !== null && !Array.isArray(v)
              ? { ...((target[k] as Json | undefined) ?? {}), ...(v as Json) }
              : v
        merged[key] = target
      }
    }
  return merged
}
