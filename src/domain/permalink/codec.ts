import { emptyAnswers, type Answers, type ChoiceKey, type TextKey } from '../answers/model.ts'
import { CHOICE_VALUES, WRITE_ORDER, isChoiceKey, isTextKey, knownKeysList } from './keys.ts'
import { normalizeAnswers } from './normalize.ts'
import { decodeObjectEntry, encodeObjectEntry, type EntryNotice, type NoticeDetail } from './object-entry.ts'
import { decodeValue, encodeValue, shown } from './percent.ts'

export { isKnownKey } from './keys.ts'
export { normalizeAnswers } from './normalize.ts'

/** Something in a link that was ignored or read differently from how it was written. */
export interface PermalinkNotice extends NoticeDetail {
  /** The key it concerns, as written in the link (`code`, `o`, or an unknown key). */
  key: string
  message: string
}

/** The fragment (without `#`) of the permalink of these answers: `v=1`, then only what differs from defaults. */
export function encodePermalink(answers: Answers): string {
  const a = normalizeAnswers(answers)
  const parts = ['v=1']
  for (const key of WRITE_ORDER) {
    if (isChoiceKey(key)) {
      const value = a[key]
      if (value !== undefined) parts.push(`${key}=${String(value)}`)
    } else if (a[key] !== '') parts.push(`${key}=${encodeValue(a[key])}`)
  }
  for (const o of a.objects) parts.push(`o=${encodeObjectEntry(o)}`)
  return parts.join('&')
}

/** The fragment of a whole URL, `#v=1&...` or `v=1&...`; a URL without a fragment holds no answers. */
function fragmentOf(input: string): string {
  const text = input.trim()
  const hash = text.indexOf('#')
  if (hash >= 0) return text.slice(hash + 1)
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? '' : text
}

// Only called with a value from CHOICE_VALUES[key], so the assignment keeps Answers well typed.
function setChoice(answers: Answers, key: ChoiceKey, value: string): void {
  Object.assign(answers, { [key]: key === 'opt' ? Number(value) : value })
}

/** Applies one `key=value` pair other than `o`. */
function readPair(
  answers: Answers,
  key: 'v' | ChoiceKey | TextKey,
  part: string,
  rawValue: string,
  notice: EntryNotice,
) {
  const decoded = decodeValue(rawValue)
  if (decoded === undefined) {
    notice(
      `${shown(part)}: "${shown(rawValue)}" is not valid percent-encoding, so it was kept as written ` +
        '(a "%" must start %XX; write a literal % as %25)',
    )
  }
  const value = decoded ?? rawValue
  if (key === 'v') {
    if (value !== '1')
      notice(`${shown(part)} is not a known format version (allowed: 1); the link was read as version 1`)
  } else if (isChoiceKey(key)) {
    if (CHOICE_VALUES[key].includes(value)) setChoice(answers, key, value)
    else
      notice(`${shown(part)} was ignored: allowed values are ${CHOICE_VALUES[key].join(', ')}`, {
        ignoredValue: value,
      })
  } else answers[key] = value
}

/**
 * Reads a permalink, never throwing: whatever cannot be read is left out and explained in a notice.
 * Free text is kept as given, valid or not (validateAnswers judges it).
 */
export function decodePermalink(input: string): { answers: Answers; notices: PermalinkNotice[] } {
  const answers = emptyAnswers()
  const notices: PermalinkNotice[] = []
  const seen = new Set<string>()
  for (const part of fragmentOf(input).split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const rawKey = eq < 0 ? part : part.slice(0, eq)
    const rawValue = eq < 0 ? '' : part.slice(eq + 1)
    const key = decodeValue(rawKey) ?? rawKey
    const notice: EntryNotice = (message, detail) => void notices.push({ key, message, ...detail })
    if (key === 'o') {
      const o = decodeObjectEntry(rawValue, notice)
      if (o !== undefined) answers.objects.push(o)
    } else if (key === 'v' || isChoiceKey(key) || isTextKey(key)) {
      if (seen.has(key)) {
        notice(`${key} is given more than once: only the last ${key}= counts`)
        if (isChoiceKey(key)) Object.assign(answers, { [key]: undefined })
      }
      seen.add(key)
      readPair(answers, key, part, rawValue, notice)
    } else {
      notice(
        `${shown(part)} was ignored: ${shown(key)} is not a known key (known keys: ${knownKeysList()})`,
        {
          unknownKey: true,
        },
      )
    }
  }
  return { answers: normalizeAnswers(answers), notices }
}
