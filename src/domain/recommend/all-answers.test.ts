import { expect, it } from 'vitest'
import { answerCombinations, combinationCount, coverageGaps } from '../answers/combinations.ts'
import { emptyAnswers, OPTION_VALUES, type Answers } from '../answers/model.ts'
import { resolve, type Resolved } from '../answers/resolve.ts'
import { recommend } from './recommend.ts'
import { OPTION_TITLES, type Recommendation } from './types.ts'

const EVERY = { unanswered: true } as const
const everyAnswerCombination = () => answerCombinations(emptyAnswers(), EVERY)

/** Starts with a capital, ends with one full stop, and no other sentence starts inside. */
const isOneSentence = (t: string): boolean =>
  /^[A-Z]/.test(t) && /\.$/.test(t) && !/[.!?]\s+\S/.test(t.slice(0, -1))

/** The words a reason must use to name the answer it judges. */
const NAMES_ANSWER: { [K in 'code' | 'reads' | 'rotate' | 'copy' | 'auth']: Record<Resolved[K], RegExp> } = {
  code: { yes: /code (can|could) change/, no: /code cannot change/ },
  reads: { env: /env vars/, file: /files/ },
  rotate: { none: /No rotation/, restart: /next pod start/, live: /while the app runs/ },
  copy: { ok: /copy .* acceptable/, no: /No copy/ },
  auth: {
    workload: /Workload Identity/,
    uami: /user-assigned managed identity/,
    system: /system-assigned node identity/,
    sp: /service principal/,
    podidentity: /aad-pod-identity/,
  },
}

function checkConsistent(a: Answers, rec: Recommendation): void {
  const r = resolve(a)
  const at = JSON.stringify({
    code: a.code,
    reads: a.reads,
    rotate: a.rotate,
    copy: a.copy,
    auth: a.auth,
    opt: a.opt,
  })

  if (r.copy === 'no') expect(rec.recommended, at).not.toBe(3)
  expect(rec.generated, at).toBe(a.opt ?? rec.recommended)
  expect(rec.title, at).toBe(OPTION_TITLES[rec.generated])
  expect(rec.wrapper, at).toBe(rec.generated === 2 && r.reads === 'env')
  expect(rec.roadmap.length === 0, at).toBe(rec.generated === 1)

  expect(
    rec.table.map((row) => row.key),
    at,
  ).toEqual(['code', 'reads', 'rotate', 'copy', 'auth'])
  for (const row of rec.table) {
    expect(row.assumed, at).toBe(a[row.key] === undefined)
    expect(row.answer.endsWith('(assumed)'), at).toBe(row.assumed)
    for (const option of OPTION_VALUES) {
      const { reason } = row.cells[option]
      expect(isOneSentence(reason), `${at} ${row.key}/${option}: ${reason}`).toBe(true)
      expect(reason.toLowerCase(), `${at} ${row.key}/${option}`).toContain(`option ${option}`)
      const names: Record<string, RegExp> = NAMES_ANSWER[row.key as keyof typeof NAMES_ANSWER]
      expect(reason, `${at} ${row.key}/${option}`).toMatch(
        names[r[row.key as keyof typeof NAMES_ANSWER]] ?? /^$/,
      )
    }
  }

  const column = (option: number) => rec.table.map((row) => row.cells[option as 1 | 2 | 3])
  expect(
    column(rec.recommended).filter((c) => c.verdict === 'no'),
    `${at} recommended column`,
  ).toEqual([])
  const noCells = column(rec.generated).filter((c) => c.verdict === 'no').length
  expect(rec.violations, at).toHaveLength(noCells)
  if (rec.generated === rec.recommended) expect(rec.violations, at).toEqual([])
  for (const v of rec.violations) expect(isOneSentence(v), `${at}: ${v}`).toBe(true)

  const caveats = column(rec.generated).filter((c) => c.verdict === 'caveat').length
  expect(rec.warnings.length >= Math.min(caveats, 1), at).toBe(true)
  expect(new Set(rec.warnings.map((w) => w.id)).size, at).toBe(rec.warnings.length)
  for (const w of rec.warnings) expect(w.text && w.remedy, `${at} ${w.id}`).toBeTruthy()

  expect(rec.reasons.length, at).toBeGreaterThanOrEqual(3)
  expect(rec.reasons.length, at).toBeLessThanOrEqual(5)
  for (const reason of [...rec.reasons, rec.summary])
    expect(isOneSentence(reason), `${at}: ${reason}`).toBe(true)

  // The verdict panel (heading, summary, reasons) names the recommended option, and no other, as "Option N".
  const verdictText = [rec.summary, ...rec.reasons].join(' ')
  for (const option of OPTION_VALUES.filter((o) => o !== rec.recommended))
    expect(verdictText, at).not.toContain(`Option ${option}`)
}

it('gives a consistent recommendation for every combination of answers, answered or not', () => {
  const walked: Answers[] = []
  for (const a of everyAnswerCombination()) {
    checkConsistent(a, recommend(a))
    walked.push(a)
  }
  // The walk met every deciding combination, answered or not, and every pair of other answers.
  expect(walked).toHaveLength(combinationCount(EVERY))
  expect(coverageGaps(walked, EVERY)).toEqual([])
})
