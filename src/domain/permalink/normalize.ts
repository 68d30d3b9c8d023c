import {
  CHOICE_KEYS,
  OBJECT_TYPE_VALUES,
  TEXT_KEYS,
  choiceQuestion,
  emptyAnswers,
  textQuestion,
  type Answers,
  type KvObject,
} from '../answers/model.ts'
import { CHOICE_VALUES } from './keys.ts'
import { wellFormed } from './percent.ts'

/** An answer a link leaves out because it is what an empty answer means (ns, mount, cloud, lang). */
const defaultOf = (q: { default?: string | number }): string | undefined =>
  q.default === undefined ? undefined : String(q.default)

function normalizeObject(o: KvObject): KvObject {
  return {
    name: wellFormed(o.name),
    type: OBJECT_TYPE_VALUES.includes(o.type) ? o.type : 'secret',
    env: wellFormed(o.env),
    file: wellFormed(o.file),
    version: wellFormed(o.version),
    vault: wellFormed(o.vault),
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
    result[key] = value === defaultOf(textQuestion(key)) ? '' : value
  }
  for (const key of CHOICE_KEYS) {
    const value = a[key]
    if (value === undefined || String(value) === defaultOf(choiceQuestion(key))) continue
    if (CHOICE_VALUES[key].includes(String(value))) Object.assign(result, { [key]: value })
  }
  return result
}
