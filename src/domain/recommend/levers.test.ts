import { describe, expect, it } from 'vitest'
import { answerCombinations } from '../answers/combinations.ts'
import { emptyAnswers, parseChoice, type Answers } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { leadingLever, leversFor, type Lever } from './levers.ts'
import { pickOption } from './pick-option.ts'

const recommended = (a: Answers) => pickOption(resolve(a))
const withAnswers = (a: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...a })
const applyLever = (a: Answers, lever: Lever): Answers =>
  lever.changes.reduce<Answers>((x, c) => ({ ...x, [c.key]: parseChoice(c.key, c.value) }), a)
const summary = (lever: Lever) => lever.changes.map((c) => `${c.key}=${c.value}`).join('&')

describe('levers: what would make another option the recommendation', () => {
  it('the seed scenario (option 3): option 2 by refusing the copy or reading files; option 1 only with a code change', () => {
    const seed = withAnswers({ code: 'no', reads: 'env', rotate: 'none', copy: 'ok', auth: 'uami' })
    const [one, two] = leversFor(seed)
    expect(two?.option).toBe(2)
    expect(two?.levers.map(summary)).toEqual(['reads=file', 'copy=no'])
    expect(two?.blockedBy).toBeUndefined()
    expect(two?.levers[1]?.changes[0]).toMatchObject({
      question: 'Copy in a Kubernetes Secret',
      answer: 'No copy in the cluster',
      was: 'Yes, a copy is acceptable',
    })
    expect(one?.option).toBe(1)
    expect(one?.blockedBy).toEqual({ key: 'code', question: 'Code can change', answer: 'No, not now' })
    expect(one?.levers.map(summary)).toEqual(['code=yes'])
    expect(one?.levers[0]?.overturns).toEqual(['code'])
  })

  it('a team that allows no copy: option 3 is blocked by that answer, not offered as a quiet change', () => {
    const levers = leversFor(withAnswers({ code: 'no', reads: 'env', copy: 'no' }))
    expect(levers.map((l) => [l.option, l.blockedBy?.key])).toEqual([
      [1, 'code'],
      [3, 'copy'],
    ])
  })

  it('unanswered questions count as their assumed answer, and say so', () => {
    const [two, three] = leversFor(emptyAnswers())
    expect(two?.levers.map(summary)).toEqual(['code=no'])
    expect(two?.levers[0]?.changes[0]?.was).toBe('Yes (assumed)')
    expect(three?.levers.map(summary)).toEqual(['code=no&copy=ok'])
  })

  it('says when no answer change makes an option fit', () => {
    const blocked = { key: 'code', question: 'Code can change', answer: 'No, not now' }
    expect(leversFor(withAnswers({ code: 'no' }), () => 1)).toEqual([
      { option: 2, levers: [], blockedBy: blocked },
      { option: 3, levers: [], blockedBy: blocked },
    ])
    const never3 = leversFor(withAnswers({ code: 'no', copy: 'no' }), (a) => (a.code === 'no' ? 2 : 1))
    expect(never3.find((l) => l.option === 3)).toEqual({
      option: 3,
      levers: [],
      blockedBy: blocked,
    })
  })

  it('for every combination of answers, each lever reaches its option and is the smallest change that does', () => {
    for (const answers of answerCombinations(emptyAnswers(), { unanswered: ['code', 'reads', 'copy'] })) {
      const rec = recommended(answers)
      for (const { option, levers } of leversFor(answers)) {
        expect(option).not.toBe(rec)
        expect(levers.length).toBeGreaterThan(0) // the rules can reach every option
        for (const lever of levers) {
          expect(recommended(applyLever(answers, lever))).toBe(option)
          // Dropping any one of its changes no longer gets there.
          for (const dropped of lever.changes) {
            const smaller = { ...lever, changes: lever.changes.filter((c) => c !== dropped) }
            if (smaller.changes.length > 0) expect(recommended(applyLever(answers, smaller))).not.toBe(option)
          }
        }
      }
    }
  })

  it('never leads with a lever the team refused when another lever exists', () => {
    let codeNo = 0
    for (const answers of answerCombinations(emptyAnswers())) {
      const all = leversFor(answers)
      const lead = leadingLever(all)
      expect(lead).toBeDefined()
      const free = all.some((o) => o.levers.some((l) => l.overturns.length === 0))
      if (free) expect(lead?.overturns).toEqual([])
      if (answers.code === 'no' && free) {
        codeNo++
        expect(lead?.changes.map((c) => c.key)).not.toContain('code')
      }
    }
    expect(codeNo).toBeGreaterThan(0)
  })
})
