import { describe, expect, it } from 'vitest'
import {
  answerCombinations,
  COMBINATION_BUDGET,
  combinationCount,
  coverageGaps,
  DECIDING,
  PAIRWISE,
} from './combinations.ts'
import { coveringArray, uncoveredPairs } from './covering-array.ts'
import { CHOICE_KEYS, choiceQuestion, emptyAnswers, emptyObject } from './model.ts'

const EVERYTHING = { unanswered: true } as const

describe('the combinations the exhaustive tests walk', () => {
  it('stay within the budget, and say what to do when a question would break it', () => {
    const count = combinationCount(EVERYTHING)
    const deciding = DECIDING.reduce((n, key) => n * (choiceQuestion(key).values.length + 1), 1)
    expect(
      count,
      `The exhaustive tests would walk ${count} combinations of answers, over the budget of ` +
        `${COMBINATION_BUDGET} (${deciding} deciding combinations of ${DECIDING.join(' × ')}). A question ` +
        'that does not decide the option belongs in the pairwise set: leave it out of DECIDING in ' +
        'answers/combinations.ts. Raise COMBINATION_BUDGET only after measuring the suite with it.',
    ).toBeLessThanOrEqual(COMBINATION_BUDGET)
  })

  it('every choice of the registry is either deciding or covered pairwise', () => {
    expect([...DECIDING, ...PAIRWISE].sort()).toEqual([...CHOICE_KEYS].sort())
  })

  it('meet every deciding combination, answered or not, and every pair of other answers', () => {
    const walked = answerCombinations(emptyAnswers(), EVERYTHING)
    expect(walked).toHaveLength(combinationCount(EVERYTHING))
    expect(coverageGaps(walked, EVERYTHING)).toEqual([])
    const decidingSeen = new Set(walked.map((a) => DECIDING.map((key) => String(a[key])).join()))
    expect(decidingSeen.size).toBe(3 * 3 * 3 * 4)
  })

  it('cover object lists pairwise with the choices when asked, and keep the base otherwise', () => {
    const lists = [[], [emptyObject('a')], [emptyObject('b'), emptyObject('c')]]
    const options = { objects: lists }
    const walked = answerCombinations({ ...emptyAnswers(), app: 'kept' }, options)
    expect(coverageGaps(walked, options)).toEqual([])
    expect(new Set(walked.map((a) => a.objects.length))).toEqual(new Set([0, 1, 2]))
    expect(walked.every((a) => a.app === 'kept')).toBe(true)
  })

  it('name what a walk missed', () => {
    const walked = answerCombinations(emptyAnswers(), EVERYTHING).filter((a) => a.auth !== 'sp')
    expect(coverageGaps(walked, EVERYTHING)).toContain('auth=sp & identity=unanswered')
  })
})

describe('coveringArray', () => {
  it.each([[[3, 3, 3, 3]], [[108, 6, 4, 3, 3, 6, 2]], [[2, 2, 2, 2, 2, 2, 2, 2, 2, 2]], [[5]], [[4, 1, 3]]])(
    'covers every pair of %j',
    (levels) => {
      const rows = coveringArray(levels)
      expect(uncoveredPairs(rows, levels)).toEqual([])
      for (const row of rows) row.forEach((level, i) => expect(level).toBeLessThan(levels[i]!))
    },
  )

  it('stays near the lower bound, the product of the two largest factors', () => {
    expect(coveringArray([108, 6, 6, 4, 3, 3, 3]).length).toBeLessThanOrEqual(108 * 6 * 1.1)
    expect(coveringArray([3, 3, 3, 3]).length).toBeLessThanOrEqual(11)
  })

  it('finds a missing pair', () => {
    const rows = [
      [0, 0],
      [1, 1],
    ]
    expect(uncoveredPairs(rows, [2, 2])).toEqual(['0=0 & 1=1', '0=1 & 1=0'])
  })
})
