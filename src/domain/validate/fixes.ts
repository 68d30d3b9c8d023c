import { isTextKey, textQuestion, type Answers, type TextKey } from '../answers/model.ts'
import { OBJECT_VALIDATORS } from '../answers/field-rules/fields.ts'
import type { FieldValidator } from '../answers/field-rules/rule.ts'
import type { FieldIssue } from './types.ts'

/** A one-click fix for an invalid value: the value to put in the field, and what the button says. */
export interface Fix {
  value: string
  /** What the fix does, in a few words ("Use the vault name kv-demo"). */
  label: string
}

type ObjectField = keyof typeof OBJECT_VALIDATORS
/** A free-text answer (`kv`) or a field of an object row (`name`, `env`, `file`, `version`). */
export type FixTarget = TextKey | { object: ObjectField }

/** A guess at what the user meant; it is offered only if the validator then accepts it. */
type Guess = (value: string) => Fix | undefined

const GUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g

const trimmed: Guess = (v) =>
  v.trim() !== v && v.trim() !== '' ? { value: v.trim(), label: 'Remove the spaces' } : undefined

// A Kubernetes name (DNS-1123): "MyPythonApp" and "Demo_App" are meant as "mypythonapp" and "demo-app".
const dnsName: Guess = (v) => {
  const value = v
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9.-]/g, '')
    .replace(/^[-.]+|[-.]+$/g, '')
  return value !== '' && value !== v ? { value, label: `Use ${value}` } : undefined
}

// A Key Vault object name allows letters, digits and hyphens (fields.ts): "db_password" is "db-password".
const objectName: Guess = (v) => {
  const value = v.trim().replace(/[\s_.]+/g, '-')
  return value !== v ? { value, label: `Use ${value}` } : undefined
}

/**
 * The vault's name out of its URL, as the portal and `az keyvault show --query properties.vaultUri` give it:
 * `https://NAME.<cloud's Key Vault DNS suffix>/`. The provider builds that URL from the name the other way
 * round (csi-provider-azure.md, `getVaultURL`): vault.azure.net, vault.usgovcloudapi.net, vault.azure.cn.
 */
const vaultFromUrl: Guess = (v) => {
  const match =
    /^\s*(?:https?:\/\/)?([A-Za-z0-9-]+)\.vault\.(?:azure\.net|usgovcloudapi\.net|azure\.cn)\b/i.exec(v)
  const name = match?.[1]
  return name ? { value: name, label: `Use the vault name ${name}` } : undefined
}

/** An env var name with what POSIX does not allow ("-", ".", spaces) as "_", as most tools map them. */
const envName: Guess = (v) => {
  const name = v
    .trim()
    .replace(/[^A-Za-z0-9_]/g, '_')
    .replace(/^(?=[0-9])/, '_')
  return name !== v && name !== '' ? { value: name, label: `Use ${name}` } : undefined
}

/**
 * The GUID out of pasted `az` output: the JSON of `az account show` or `az identity show` holds several
 * (tenantId, clientId, principalId, and the subscription in `id`), so the property named for the field wins;
 * plain text with one GUID gives that one.
 */
const guidFrom =
  (properties: readonly string[]): Guess =>
  (v) => {
    for (const property of properties) {
      const match = new RegExp(`"${property}"\\s*:\\s*"(${GUID.source})"`).exec(v)
      if (match?.[1]) return { value: match[1], label: `Use the ${property} ${match[1]}` }
    }
    const found = [...new Set(v.match(GUID) ?? [])]
    const [only] = found
    return found.length === 1 && only !== undefined && only !== v
      ? { value: only, label: `Use ${only}` }
      : undefined
  }

const GUESSES: Partial<Record<TextKey, readonly Guess[]>> = {
  app: [dnsName],
  ns: [dnsName],
  sa: [dnsName],
  spc: [dnsName],
  kv: [vaultFromUrl, trimmed],
  tenant: [guidFrom(['tenantId', 'tenant']), trimmed],
  client: [guidFrom(['clientId', 'appId']), trimmed],
}

const OBJECT_GUESSES: Record<ObjectField, readonly Guess[]> = {
  name: [objectName],
  env: [envName],
  file: [trimmed],
  version: [trimmed],
  vault: [trimmed],
}

function validatorOf(target: FixTarget): FieldValidator {
  return typeof target === 'string' ? textQuestion(target).validate : OBJECT_VALIDATORS[target.object]
}

function guessesOf(target: FixTarget): readonly Guess[] {
  return typeof target === 'string' ? (GUESSES[target] ?? [trimmed]) : OBJECT_GUESSES[target.object]
}

/** The obvious fix for an invalid value, if there is one the field's own validator accepts. Never throws. */
export function suggestFix(target: FixTarget, value: string): Fix | undefined {
  const validate = validatorOf(target)
  for (const guess of guessesOf(target)) {
    const fix = guess(value)
    if (fix && fix.value !== value && validate(fix.value) === undefined) return fix
  }
  return undefined
}

/** Where a field issue's fix applies: its answer key, or its object field. Undefined for list-level issues. */
export function fixTargetOf(issue: FieldIssue): FixTarget | undefined {
  if (issue.field !== undefined && issue.field !== 'type') return { object: issue.field }
  return isTextKey(issue.key) ? issue.key : undefined
}

const OBJECT_FIELD_NAMES: Record<NonNullable<FieldIssue['field']>, string> = {
  name: 'name in Key Vault',
  type: 'type',
  env: 'env var',
  file: 'file name',
  version: 'version',
  vault: 'vault',
}

/** The field an issue is about, as the form labels it ("Key Vault name", "Secret 2’s env var"). */
export function fieldNameOf(issue: FieldIssue): string {
  if (isTextKey(issue.key)) return textQuestion(issue.key).label
  const row = /^o\[(\d+)\]$/.exec(issue.key)?.[1]
  if (row !== undefined && issue.field !== undefined)
    return `Secret ${row}’s ${OBJECT_FIELD_NAMES[issue.field]}`
  return 'Key Vault objects'
}

/** The answers with an issue's obvious fix applied, and what the fix says; undefined when none is obvious. */
export function fixIssue(
  answers: Answers,
  issue: FieldIssue,
): { label: string; answers: Answers } | undefined {
  if (issue.severity !== 'invalid') return undefined
  if (isTextKey(issue.key)) {
    const fix = suggestFix(issue.key, answers[issue.key])
    return fix && { label: fix.label, answers: { ...answers, [issue.key]: fix.value } }
  }
  const index = Number(/^o\[(\d+)\]$/.exec(issue.key)?.[1]) - 1
  const field = issue.field
  const object = answers.objects[index]
  if (object === undefined || field === undefined || field === 'type') return undefined
  const fix = suggestFix({ object: field }, object[field])
  if (!fix) return undefined
  const objects = answers.objects.map((o, i) => (i === index ? { ...o, [field]: fix.value } : o))
  return { label: fix.label, answers: { ...answers, objects } }
}
