/**
 * The one reader of a SecretProviderClass's `parameters.objects`, as the Azure provider reads it: YAML whose
 * key `array` lists YAML strings, each one object (the provider's GetObjectsArray: yaml.Unmarshal into
 * types.StringArray, then each item into KeyVaultObject; shared/reference/csi-provider-azure.md §2). The checker reports what it finds wrong in it; the
 * importer takes the objects it can read. Neither parses the text itself.
 */
import { load } from 'js-yaml'
import { isFields, type Fields } from './read.ts'

export type ObjectItem =
  | { read: 'ok'; fields: Fields }
  /** Written as a map (`- objectName: a`) instead of a block string (`- |`): the provider reads nothing. */
  | { read: 'not-a-string' }
  /** A string, but not YAML holding a mapping of fields; `error` is the YAML error when it did not parse. */
  | { read: 'not-a-mapping'; error?: string }

export type ObjectsParameter =
  | { read: 'missing' }
  | { read: 'not-yaml'; error: string }
  | { read: 'not-a-mapping' }
  | {
      read: 'ok'
      /** Top-level keys other than `array`: the provider ignores them. */
      otherKeys: string[]
      /** Undefined when `array` is not a list. */
      items: ObjectItem[] | undefined
    }

function parse(source: string): { value?: unknown; error?: string } {
  try {
    return { value: load(source) }
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) }
  }
}

function readItem(raw: unknown): ObjectItem {
  if (typeof raw !== 'string') return { read: 'not-a-string' }
  const parsed = parse(raw)
  if (parsed.error !== undefined) return { read: 'not-a-mapping', error: parsed.error }
  return isFields(parsed.value) ? { read: 'ok', fields: parsed.value } : { read: 'not-a-mapping' }
}

function readText(source: string | undefined): ObjectsParameter {
  if (source === undefined || source.trim() === '') return { read: 'missing' }
  const top = parse(source)
  if (top.error !== undefined) return { read: 'not-yaml', error: top.error }
  if (!isFields(top.value)) return { read: 'not-a-mapping' }
  const array = top.value['array']
  return {
    read: 'ok',
    otherKeys: Object.keys(top.value).filter((key) => key !== 'array'),
    items: Array.isArray(array) ? array.map(readItem) : undefined,
  }
}

// The lint and the answers from an import read the same classes, and the page re-runs both on every change:
// each text is parsed once. Bounded, so a long session of pastes does not grow it without end.
const MAX_CACHED = 1000
const cache = new Map<string, ObjectsParameter>()

/** `parameters.objects` read; the result is shared between callers and must not be changed. */
export function readObjectsParameter(source: string | undefined): ObjectsParameter {
  if (source === undefined) return readText(source)
  const known = cache.get(source)
  if (known !== undefined) return known
  if (cache.size >= MAX_CACHED) cache.clear()
  const read = readText(source)
  cache.set(source, read)
  return read
}

/** The objects of `parameters.objects` whose item the provider can read. */
export const readableObjects = (p: ObjectsParameter): Fields[] =>
  p.read === 'ok' ? (p.items ?? []).flatMap((item) => (item.read === 'ok' ? [item.fields] : [])) : []
