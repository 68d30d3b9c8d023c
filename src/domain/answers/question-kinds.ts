import type { FieldValidator } from './field-rules/rule.ts'

/** The card groups of the form, in the order they are shown. */
export type QuestionGroup = 'application' | 'secrets' | 'identity' | 'names'

/** A question with a fixed set of answers (radio cards or a select). */
export interface ChoiceQuestion<V extends string | number = string | number> {
  kind: 'choice'
  values: readonly V[]
  /** What the engine assumes while unanswered; the page and the verdict table say "(assumed)". */
  assumed?: V
  /** The value that applies while unanswered and that a link leaves out (cloud, language). */
  default?: V
  /** The question in a few words: a verdict table row heading, a select's label. */
  title: string
  /** The whole question, as the form asks it; absent for a question the form does not ask (`opt`). */
  question?: string
  /** Why the question matters, under it. */
  why?: string
  /** Each answer as the user would say it: one wording for the cards, the verdict table and messages. */
  labels: Record<V, string>
  /** What each answer leads to, on its card. */
  leadsTo?: Partial<Record<V, string>>
  /** `cards` for the questions that decide the option, `select` for a long or secondary list. */
  control?: 'cards' | 'select'
  group?: QuestionGroup
}

/** A free-text answer, kept exactly as typed, valid or not, so the user can fix it. */
export interface TextQuestion {
  kind: 'text'
  label: string
  /** The rule in plain words, under the field. */
  hint: string
  /** An example value, shown in the empty field. */
  example?: string
  validate: FieldValidator
  /** A value a link leaves out because it is what an empty answer means. */
  default?: string
  /** What the files hold while the answer is missing: never passes the validator. */
  placeholder?: string
  numeric?: boolean
  group: QuestionGroup
}

/** A repeatable answer (`o=...&o=...`), order kept. */
export interface ListQuestion {
  kind: 'list'
  title: string
  group: QuestionGroup
}

export type Question = ChoiceQuestion | TextQuestion | ListQuestion

type ChoiceInput<V extends string | number> = Omit<ChoiceQuestion<V>, 'kind'>

/**
 * Typed constructors: `labels` must name every value, checked by the compiler without a cast, and the
 * type records whether a choice has an assumed or default value (its resolved type is then never undefined).
 */
export function choice<const V extends string | number>(
  q: ChoiceInput<V> & { assumed: V },
): ChoiceQuestion<V> & { assumed: V }
export function choice<const V extends string | number>(
  q: ChoiceInput<V> & { default: V },
): ChoiceQuestion<V> & { default: V }
export function choice<const V extends string | number>(q: ChoiceInput<V>): ChoiceQuestion<V>
export function choice<const V extends string | number>(q: ChoiceInput<V>): ChoiceQuestion<V> {
  return { kind: 'choice', ...q }
}
export const text = (q: Omit<TextQuestion, 'kind'>): TextQuestion => ({ kind: 'text', ...q })
export const list = (q: Omit<ListQuestion, 'kind'>): ListQuestion => ({ kind: 'list', ...q })
