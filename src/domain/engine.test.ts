import { describe, expect, it } from 'vitest'
import { CRD_MISSING, schemaProblems } from '../test-support/schemas.ts'
import { seedAnswers } from '../test-support/answers.ts'
import { answerCombinations, combinationCount, coverageGaps } from './answers/combinations.ts'
import type { Answers } from './answers/model.ts'
import { checkProviderRules } from './check/provider-rules.ts'
import { runEngine } from './engine.ts'
import { decodePermalink, encodePermalink } from './permalink/codec.ts'

/** The enumerated answers of the registry (each also unanswered), on the seed's complete names. */
const EVERY = { unanswered: true } as const
function* everyAnswer(): Generator<[string, Answers]> {
  const base = {
    ...seedAnswers(),
    objects: [{ ...seedAnswers().objects[0]!, env: 'DB_PASSWORD' }],
    cmd: 'python app.py',
  }
  for (const answers of answerCombinations(base, EVERY)) {
    const { objects: _o, ...rest } = answers
    yield [
      JSON.stringify(
        Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v !== 'string' || v.length < 12)),
      ),
      answers,
    ]
  }
}

describe('the engine over every combination of answers', () => {
  it.skipIf(CRD_MISSING)(
    'generates the chosen option, ready to apply, passing the schemas and the provider rules',
    () => {
      const walked: Answers[] = []
      for (const [label, answers] of everyAnswer()) {
        const result = runEngine(answers)
        const r = result.recommendation
        expect(r.generated, label).toBe(answers.opt ?? r.recommended)
        expect(result.generated.option, label).toBe(r.generated)
        // The one pair of answers the engine refuses (issue 17): External Secrets Operator cannot sign in
        // with aad-pod-identity; the message sits on the sync question.
        const refused = r.generated === 3 && answers.sync === 'eso' && answers.auth === 'podidentity'
        expect(
          result.issues.map((i) => `${i.key} ${i.severity}`),
          label,
        ).toEqual(refused ? ['sync invalid'] : [])
        const problems = [
          ...result.generated.manifests.flatMap(schemaProblems),
          ...checkProviderRules(result.generated.manifests),
        ]
        expect(problems, label).toEqual([])
        if (answers.copy === 'no') expect(r.recommended, label).not.toBe(3)
        walked.push(answers)
      }
      expect(walked).toHaveLength(combinationCount(EVERY))
      expect(coverageGaps(walked, EVERY)).toEqual([])
    },
  )

  it('gives the same files for the answers and for their permalink, as the command line and the browser must', () => {
    for (const [label, answers] of everyAnswer()) {
      const again = decodePermalink(encodePermalink(answers)).answers
      expect(runEngine(again).generated.allManifests, label).toBe(runEngine(answers).generated.allManifests)
    }
  })
})
