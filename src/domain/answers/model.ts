/**
 * The answer model, derived from the question registry (registry.ts): a choice is `undefined` until
 * answered, free text is kept exactly as typed, valid or not, so a user can fix it.
 */
import type { ChoiceQuestion, QuestionGroup, TextQuestion } from './question-kinds.ts'
import { QUESTIONS } from './registry.ts'

export { PLACEHOLDER, isPlaceholder } from './placeholder.ts'

type Registry = typeof QUESTIONS
export type AnswerKey = keyof Registry
export type ChoiceKey = { [K in AnswerKey]: Registry[K] extends ChoiceQuestion ? K : never }[AnswerKey]
export type TextKey = { [K in AnswerKey]: Registry[K] extends TextQuestion ? K : never }[AnswerKey]
export type ValueOf<K extends ChoiceKey> = Registry[K]['values'][number]

export type Choices = { [K in ChoiceKey]?: ValueOf<K> }
export type TextAnswers = { [K in TextKey]: string }

export const OBJECT_TYPE_VALUES = ['secret', 'key', 'cert'] as const
export type ObjectType = (typeof OBJECT_TYPE_VALUES)[number]

/** One Key Vault object: `o=NAME~TYPE~ENV~FILE~VERSION~VAULT`. Empty strings mean "default". */
export interface KvObject {
  /** Name in Key Vault. */
  name: string
  type: ObjectType
  /** Environment variable the app reads it from; empty when the app reads the file. */
  env: string
  /** File name under the mount path (the objectAlias); empty means `name`. */
  file: string
  /** Pinned object version; empty means latest. */
  version: string
  /** The vault that holds it; empty means the `kv` answer's vault (issue 17: several vaults per app). */
  vault: string
}

export type Answers = Choices & TextAnswers & { objects: KvObject[] }

/** Every key of the link, in the order it is written (the objects, `o`, last). */
export const ANSWER_KEYS = Object.keys(QUESTIONS) as AnswerKey[]
export const CHOICE_KEYS = ANSWER_KEYS.filter((key): key is ChoiceKey => QUESTIONS[key].kind === 'choice')
export const TEXT_KEYS = ANSWER_KEYS.filter((key): key is TextKey => QUESTIONS[key].kind === 'text')

export const isChoiceKey = (key: string): key is ChoiceKey => (CHOICE_KEYS as readonly string[]).includes(key)
export const isTextKey = (key: string): key is TextKey => (TEXT_KEYS as readonly string[]).includes(key)

/** The question behind a choice key, with its values typed. */
export const choiceQuestion = <K extends ChoiceKey>(key: K): Registry[K] => QUESTIONS[key]
export const textQuestion = (key: TextKey): TextQuestion => QUESTIONS[key]

/** The value of a choice as written in a link (`opt=2`), or undefined when the link's text is not one of them. */
export function parseChoice<K extends ChoiceKey>(key: K, written: string): ValueOf<K> | undefined {
  return choiceQuestion(key).values.find((value) => String(value) === written)
}

// The value sets by name, for code that reads better with them (all derived from the registry).
export const CODE_VALUES = QUESTIONS.code.values
export const READS_VALUES = QUESTIONS.reads.values
export const ROTATE_VALUES = QUESTIONS.rotate.values
export const COPY_VALUES = QUESTIONS.copy.values
export const AUTH_VALUES = QUESTIONS.auth.values
export const OPTION_VALUES = QUESTIONS.opt.values
export const CLOUD_VALUES = QUESTIONS.cloud.values
export const LANG_VALUES = QUESTIONS.lang.values
export const IDENTITY_VALUES = QUESTIONS.identity.values
export const SYNC_VALUES = QUESTIONS.sync.values
export const RELOAD_VALUES = QUESTIONS.reload.values

export type Code = ValueOf<'code'>
export type Reads = ValueOf<'reads'>
export type Rotate = ValueOf<'rotate'>
export type Copy = ValueOf<'copy'>
export type Auth = ValueOf<'auth'>
export type OptionId = ValueOf<'opt'>
export type Cloud = ValueOf<'cloud'>
export type Lang = ValueOf<'lang'>
export type IdentityChoice = ValueOf<'identity'>
export type Sync = ValueOf<'sync'>
export type Reload = ValueOf<'reload'>

/** The questions of one card of the form, in registry order. */
export const keysInGroup = (group: QuestionGroup): AnswerKey[] =>
  ANSWER_KEYS.filter((key) => {
    const q: { group?: QuestionGroup } = QUESTIONS[key]
    return q.group === group
  })

/** A question in a few words, as a list of answers names it ("Key Vault name", "Code can change"). */
export function questionTitle(key: AnswerKey): string {
  const q = QUESTIONS[key]
  return q.kind === 'text' ? q.label : q.title
}

/** One answer of a choice as a form shows it, its value as a link writes it. */
export interface ChoiceOption {
  value: string
  label: string
  leadsTo: string | undefined
}

export function choiceOptions(key: ChoiceKey): ChoiceOption[] {
  const q = QUESTIONS[key]
  const labels: Record<string, string> = q.labels
  const leadsTo: Partial<Record<string, string>> = ('leadsTo' in q ? q.leadsTo : undefined) ?? {}
  return q.values.map((value: string | number) => ({
    value: String(value),
    label: labels[value] ?? String(value),
    leadsTo: leadsTo[value],
  }))
}

/** An object type from a form's select or a link: undefined when it is none of them. */
export const parseObjectType = (written: string): ObjectType | undefined =>
  OBJECT_TYPE_VALUES.find((type) => type === written)

export function emptyAnswers(): Answers {
  const texts = Object.fromEntries(TEXT_KEYS.map((key) => [key, ''])) as TextAnswers
  return { ...texts, objects: [] }
}

export function emptyObject(name = ''): KvObject {
  return { name, type: 'secret', env: '', file: '', version: '', vault: '' }
}

/** Defaults that apply when an answer is empty. Names derived from `app` follow it as it changes. */
export const DEFAULT_APP = 'my-app'
export const DEFAULT_NAMESPACE = QUESTIONS.ns.default
export const DEFAULT_MOUNT = QUESTIONS.mount.default
export const DEFAULT_CLOUD: Cloud = QUESTIONS.cloud.default
export const DEFAULT_LANG: Lang = QUESTIONS.lang.default
export const DEFAULT_POLL = QUESTIONS.poll.default
