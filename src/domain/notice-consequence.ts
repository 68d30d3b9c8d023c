import {
  choiceOptions,
  choiceQuestion,
  isChoiceKey,
  parseChoice,
  type Answers,
  type ChoiceKey,
  type OptionId,
} from './answers/model.ts'
import { resolve } from './answers/resolve.ts'
import { assess } from './assess.ts'
import type { PermalinkNotice } from './permalink/codec.ts'
import { shown } from './permalink/percent.ts'

/** One answer the question could take, and the option the page would then recommend. */
export interface AnswerOutcome {
  value: string
  label: string
  option: OptionId
}

/** What an ignored value in a link did to the decision, and the answers to ask in its place. */
export interface NoticeConsequence {
  key: ChoiceKey
  /** One sentence: “Code can change” was “maybe”, now assumed “Yes”: this makes the recommendation option 1 … */
  text: string
  /** Each answer of the question with the option it leads to, to choose in place. */
  outcomes: AnswerOutcome[]
}

/**
 * A link's value the page could not read falls back to the question's assumed answer, which may move the
 * recommendation. Says so in the question's words, and what each real answer would recommend instead
 * (issue 18: `code=maybe` quietly showed option 1 where the link meant option 3). Undefined for notices
 * that do not concern a choice the page still assumes.
 */
export function noticeConsequence(notice: PermalinkNotice, answers: Answers): NoticeConsequence | undefined {
  const { key, ignoredValue } = notice
  if (ignoredValue === undefined || !isChoiceKey(key) || answers[key] !== undefined) return undefined
  const assumedValue = resolve(answers)[key]
  const now = assess(answers).recommendation.recommended
  const outcomes = choiceOptions(key).flatMap((c) => {
    const value = parseChoice(key, c.value)
    if (value === undefined) return []
    return [
      {
        value: c.value,
        label: c.label,
        option: assess({ ...answers, [key]: value }).recommendation.recommended,
      },
    ]
  })
  const assumed = outcomes.find((o) => o.value === String(assumedValue))
  const others = outcomes.filter((o) => o.option !== now)
  const title = choiceQuestion(key).title
  const head = `“${title}” was “${shown(ignoredValue)}”, now ${assumed ? `assumed “${assumed.label}”` : 'not answered'}`
  const text =
    others.length === 0
      ? `${head}: every answer to it gives option ${now}, so the recommendation stands.`
      : `${head}: this makes the recommendation option ${now}; ${others
          .map((o) => `“${o.label}” would make it option ${o.option}`)
          .join(', ')}.`
  return { key, text, outcomes }
}
