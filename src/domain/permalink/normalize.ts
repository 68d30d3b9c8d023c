import {
  DEFAULT_CLOUD,
  DEFAULT_LANG,
  DEFAULT_MOUNT,
  DEFAULT_NAMESPACE,
  OBJECT_TYPE_VALUES,
  TEXT_KEYS,
  emptyAnswers,
  type Answers,
  type Choices,
  type KvObject,
} from '../answers/model.ts'
import { CHOICE_VALUES } from './keys.ts'
import { wellFormed } from './percent.ts'

/** Text answers a link leaves out because they equal the default; they read back as empty. */
const TEXT_DEFAULTS: Partial<Record<keyof Answers, string>> = { ns: DEFAULT_NAMESPACE, mount: DEFAULT_MOUNT }
const CHOICE_DEFAULTS: Partial<Record<keyof Choices, string>> = { cloud: DEFAULT_CLOUD, lang: DEFAULT_LANG }

function normalizeObject(o: KvObject): KvObject {
  return {
    name: wellFormed(o.name),
    type: OBJECT_TYPE_VALUES.includes(o.type) ? o.type : 'secret',
    env: wellFormed(o.env),
    file: wellFormed(o.file),
    version: wellFormed(o.version),
  }
}

/**
 * The answers exactly as a permalink carries them: a text equal to its default becomes empty, a choice
 * equal to its default unanswered, an object without a name is left out, and a lone surrogate becomes
 * U+FFFD. `decodePermalink(encodePermalink(a)).answers` deep-equals `normalizeAnswers(a)`.
 */
export function normalizeAnswers(a: Answers): Answers {
  const result = emptyAnswers()
  result.objects = a.objects.filter((o) => o.name !== '').map(normalizeObject)
  for (const key of TEXT_KEYS) {
    const value = wellFormed(a[key])
    result[key] = value === TEXT_DEFAULTS[key] ? '' : value
  }
  for (const key of Object.keys(CHOICE_VALUES) as (keyof Choices)[]) {
    const value = a[key]
    if (value === undefined || String(value) === CHOICE_DEFAULTS[key]) continue
    if (CHOICE_VALUES[key].includes(String(value))) Object.assign(result, { [key]: value })
  }
  return result
}
