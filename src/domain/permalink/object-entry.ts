import { OBJECT_TYPE_VALUES, type KvObject, type ObjectType } from '../answers/model.ts'
import { decodeValue, encodeValue, shown } from './percent.ts'

/** Reports something in a link that was ignored or read differently, worded for the person who pasted it. */
export type EntryNotice = (message: string, detail?: NoticeDetail) => void

/** What a notice is about, for a reader that words it in the question's terms (notice-words.ts). */
export interface NoticeDetail {
  /** A choice's value that is none of its answers, as written (decoded). */
  ignoredValue?: string
  /** The key is none this release reads. */
  unknownKey?: true
}

export const OBJECT_SHAPE = 'o=NAME~TYPE~ENV~FILE~VERSION~VAULT'
const SHAPE = OBJECT_SHAPE
// VAULT, the sixth, came with issue 17. The release before it kept the object of a link with a sixth field
// and ignored only that field, with a notice; this one does the same with a seventh or later field.
const FIELD_COUNT = 6

const isObjectType = (text: string): text is ObjectType =>
  (OBJECT_TYPE_VALUES as readonly string[]).includes(text)

const encodeField = (text: string): string => encodeValue(text).replace(/~/g, '%7E')

/**
 * `NAME~TYPE~ENV~FILE~VERSION~VAULT` in its shortest form: trailing empty fields, and a lone `secret` type,
 * left out (so an object in the `kv` vault is written exactly as before VAULT existed).
 */
export function encodeObjectEntry(o: KvObject): string {
  const fields: string[] = [o.name, o.type, o.env, o.file, o.version, o.vault]
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop()
  if (fields.length === 2 && fields[1] === 'secret') fields.pop()
  const entry = fields.map(encodeField).join('~')
  // A name alone that holds "~" gets a separator, so a reader does not split the decoded name.
  return fields.length === 1 && o.name.includes('~') ? `${entry}~` : entry
}

/** The fields of an entry: split on literal `~`, or, when the whole entry was encoded, after decoding. */
function splitFields(raw: string, notice: EntryNotice, entry: string): string[] {
  const rawFields = raw.includes('~') ? raw.split('~') : [raw]
  const malformed = rawFields.filter((f) => decodeValue(f) === undefined)
  if (malformed.length > 0) {
    notice(
      `${entry}: ${malformed.map((f) => `"${shown(f)}"`).join(', ')} is not valid percent-encoding, so it was ` +
        'kept as written (a "%" must start %XX; write a literal % as %25)',
    )
  }
  const fields = rawFields.map((f) => decodeValue(f) ?? f)
  const [only] = fields
  return fields.length === 1 && only !== undefined && malformed.length === 0 ? only.split('~') : fields
}

/** Reads one `o=` value; undefined when it names no object. Never throws. */
export function decodeObjectEntry(raw: string, notice: EntryNotice): KvObject | undefined {
  const entry = `o=${shown(raw)}`
  const fields = splitFields(raw, notice, entry)
  if (fields.length > FIELD_COUNT) {
    notice(`${entry}: the fields after the sixth were ignored: an object is ${SHAPE}`)
  }
  const [name = '', typeText = '', env = '', file = '', version = '', vault = ''] = fields
  if (name === '') {
    notice(`${entry} was ignored: an object needs a name (${SHAPE})`)
    return undefined
  }
  const type = isObjectType(typeText) ? typeText : 'secret'
  if (typeText !== '' && !isObjectType(typeText)) {
    notice(
      `${entry}: type "${shown(typeText)}" was ignored and secret used: allowed types are ${OBJECT_TYPE_VALUES.join(', ')}`,
    )
  }
  return { name, type, env, file, version, vault }
}
