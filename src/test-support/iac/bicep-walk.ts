import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isBicepExpr, isBicepTemplate, type BicepValue } from '../../domain/generate/iac/bicep/serialise.ts'

/**
 * Walks a resource body the Bicep generator builds against the type graph the Bicep compiler itself uses
 * (../shared/reference/iac/bicep-types-*.json, Azure/bicep-types-az generated/<ns>/<api>/types.json):
 * property names, read-only properties set, primitive types and string patterns, required properties.
 * Flags from Azure/bicep-types src/bicep-types/src/types.ts: Required 1, ReadOnly 2, WriteOnly 4,
 * DeployTimeConstant 8. An expression's type is not known here, so expressions pass.
 */

const REQUIRED = 1
const READ_ONLY = 2

interface TypeRef {
  $ref: string
}
interface Property {
  type: TypeRef
  flags: number
}
type BicepType =
  | { $type: 'StringType'; pattern?: string; minLength?: number; maxLength?: number }
  | { $type: 'StringLiteralType'; value: string }
  | { $type: 'BooleanType' }
  | { $type: 'IntegerType' }
  | { $type: 'AnyType' }
  | { $type: 'UnionType'; elements: TypeRef[] }
  | { $type: 'ArrayType'; itemType: TypeRef }
  | {
      $type: 'ObjectType'
      name: string
      properties: Record<string, Property>
      additionalProperties?: TypeRef
    }
  | { $type: 'ResourceType'; name: string; body: TypeRef }
  | { $type: 'DiscriminatedObjectType' }
  | { $type: 'ResourceFunctionType' }

const DIR = join(process.cwd(), '../shared/reference/iac')

/** Every resource type of the data files, `<type>@<api>` to its body type and its file's type list. */
export function loadBicepTypes(): Map<string, { types: BicepType[]; body: TypeRef }> {
  const out = new Map<string, { types: BicepType[]; body: TypeRef }>()
  for (const file of readdirSync(DIR).filter((f) => f.startsWith('bicep-types-') && f.endsWith('.json'))) {
    const types = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as BicepType[]
    for (const t of types) if (t.$type === 'ResourceType') out.set(t.name, { types, body: t.body })
  }
  return out
}

const deref = (types: BicepType[], ref: TypeRef): BicepType => {
  const t = types[Number(ref.$ref.replace('#/', ''))]
  if (t === undefined) throw new Error(`no type ${ref.$ref}`)
  return t
}

/** Problems of one value against one type, as paths; empty when it fits. */
function walk(types: BicepType[], value: BicepValue, ref: TypeRef, path: string, partial: boolean): string[] {
  if (isBicepExpr(value)) return []
  const t = deref(types, ref)
  const isString = typeof value === 'string' || isBicepTemplate(value)
  switch (t.$type) {
    case 'AnyType':
      return []
    case 'StringType': {
      if (!isString) return [`${path}: ${JSON.stringify(value)} is not a string`]
      if (typeof value !== 'string') return []
      const problems: string[] = []
      if (t.pattern !== undefined && !new RegExp(t.pattern).test(value))
        problems.push(`${path}: '${value}' does not match ${t.pattern}`)
      if (t.minLength !== undefined && value.length < t.minLength)
        problems.push(`${path}: shorter than ${t.minLength}`)
      if (t.maxLength !== undefined && value.length > t.maxLength)
        problems.push(`${path}: longer than ${t.maxLength}`)
      return problems
    }
    case 'StringLiteralType':
      return value === t.value || isBicepTemplate(value)
        ? []
        : [`${path}: ${JSON.stringify(value)} is not '${t.value}'`]
    case 'BooleanType':
      return typeof value === 'boolean' ? [] : [`${path}: ${JSON.stringify(value)} is not a bool`]
    case 'IntegerType':
      return typeof value === 'number' ? [] : [`${path}: ${JSON.stringify(value)} is not an int`]
    case 'UnionType': {
      const each = t.elements.map((e) => walk(types, value, e, path, partial))
      return each.some((p) => p.length === 0)
        ? []
        : [`${path}: fits none of the union (${each.flat().join('; ')})`]
    }
    case 'ArrayType':
      return Array.isArray(value)
        ? value.flatMap((v, i) => walk(types, v, t.itemType, `${path}[${i}]`, partial))
        : [`${path}: not an array`]
    case 'ObjectType':
      return walkObject(types, t, value, path, partial)
    default:
      return [`${path}: type ${t.$type} is not walked here`]
  }
}

function walkObject(
  types: BicepType[],
  t: Extract<BicepType, { $type: 'ObjectType' }>,
  value: BicepValue,
  path: string,
  partial: boolean,
): string[] {
  if (typeof value !== 'object' || Array.isArray(value) || isBicepTemplate(value))
    return [`${path}: not an object (${t.name})`]
  const problems: string[] = []
  for (const [key, v] of Object.entries(value)) {
    const p = t.properties[key]
    if (p === undefined) {
      if (t.additionalProperties === undefined) problems.push(`${path}: ${t.name} has no property ${key}`)
      else problems.push(...walk(types, v, t.additionalProperties, `${path}.${key}`, partial))
      continue
    }
    if (p.flags & READ_ONLY) problems.push(`${path}.${key}: read-only`)
    problems.push(...walk(types, v, p.type, `${path}.${key}`, partial))
  }
  if (!partial)
    for (const [key, p] of Object.entries(t.properties))
      if (p.flags & REQUIRED && !(key in value)) problems.push(`${path}: missing required ${key}`)
  return problems
}

/**
 * A resource body against `<type>@<api>`. `existing`: only a name is given, so required properties are not
 * asked for; `partial` likewise for a fragment to merge (the cluster settings).
 */
export function walkBicepBody(
  typesByResource: ReturnType<typeof loadBicepTypes>,
  resource: string,
  body: Record<string, BicepValue>,
  options: { existing?: boolean; partial?: boolean } = {},
): string[] {
  const entry = typesByResource.get(resource)
  if (entry === undefined) return [`${resource}: no type data`]
  return walk(entry.types, body, entry.body, resource, options.existing === true || options.partial === true)
}
