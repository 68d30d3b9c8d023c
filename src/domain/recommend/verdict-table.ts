import { OPTION_VALUES, type OptionId } from '../answers/model.ts'
import type { Resolved } from '../answers/resolve.ts'
import { judgeAuth } from './judge/auth.ts'
import { judgeCode } from './judge/code.ts'
import { judgeCopy } from './judge/copy.ts'
import type { Judge, Judgement, Judgements } from './judge/judgement.ts'
import { judgeReads } from './judge/reads.ts'
import { judgeRotate } from './judge/rotate.ts'
import { QUESTIONS } from '../answers/registry.ts'
import { answerText, isAssumed, VERDICT_KEYS, type VerdictKey } from './labels.ts'
import type { Cell, VerdictRow } from './types.ts'

const JUDGES: Record<VerdictKey, Judge> = {
  code: judgeCode,
  reads: judgeReads,
  rotate: judgeRotate,
  copy: judgeCopy,
  auth: judgeAuth,
}

/** A verdict row that still carries the warnings and violations behind its cells. */
export interface JudgedRow {
  key: VerdictKey
  question: string
  answer: string
  assumed: boolean
  judgements: Judgements
}

export const judgeAnswers = (r: Resolved): JudgedRow[] =>
  VERDICT_KEYS.map((key) => ({
    key,
    question: QUESTIONS[key].title,
    answer: answerText(r, key),
    assumed: isAssumed(r, key),
    judgements: JUDGES[key](r),
  }))

const toCell = ({ verdict, reason }: Judgement): Cell => ({ verdict, reason })

export const toVerdictRow = ({ judgements, ...row }: JudgedRow): VerdictRow => ({
  ...row,
  cells: Object.fromEntries(OPTION_VALUES.map((o) => [o, toCell(judgements[o])])) as Record<OptionId, Cell>,
})
