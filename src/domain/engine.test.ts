import { describe, expect, it } from 'vitest'
import { schemaProblems } from '../test-support/schemas.ts'
import { seedAnswers } from '../test-support/answers.ts'
import {
  AUTH_VALUES,
  CODE_VALUES,
  COPY_VALUES,
  OPTION_VALUES,
  READS_VALUES,
  ROTATE_VALUES,
  type Answers,
} from './answers/model.ts'
import { checkProviderRules } from './check/provider-rules.ts'
import { runEngine } from './engine.ts'
import { decodePermalink, encodePermalink } from './permalink/codec.ts'

/** Every enumerated answer (code × reads × rotate × copy × auth × opt), on the seed's complete names. */
function* everyAnswer(): Generator<[string, Answers]> {
  const base = {
    ...seedAnswers(),
    objects: [{ ...seedAnswers().objects[0]!, env: 'DB_PASSWORD' }],
    cmd: 'python app.py',
  }
  for (const code of CODE_VALUES)
    for (const reads of READS_VALUES)
      for (const rotate of ROTATE_VALUES)
        for (const copy of COPY_VALUES)
          for (const auth of AUTH_VALUES)
            for (const opt of [undefined, ...OPTION_VALUES])
              yield [
                `${code} ${reads} ${rotate} ${copy} ${auth} opt=${opt ?? '-'}`,
                { ...base, code, reads, rotate, copy, auth, opt },
              ]
}

describe('the engine over every combination of answers', () => {
  it('generates the chosen option, ready to apply, passing the schemas and the provider rules', () => {
    let count = 0
    for (const [label, answers] of everyAnswer()) {
      const result = runEngine(answers)
      const r = result.recommendation
      expect(r.generated, label).toBe(answers.opt ?? r.recommended)
      expect(result.generated.option, label).toBe(r.generated)
      expect(result.issues, label).toEqual([])
      const problems = [
        ...result.generated.manifests.flatMap(schemaProblems),
        ...checkProviderRules(result.generated.manifests),
      ]
      expect(problems, label).toEqual([])
      if (answers.copy === 'no') expect(r.recommended, label).not.toBe(3)
      count++
    }
    expect(count).toBe(2 * 2 * 3 * 2 * 5 * 4)
  })

  it('gives the same files for the answers and for their permalink, as the command line and the browser must', () => {
    for (const [label, answers] of everyAnswer()) {
      const again = decodePermalink(encodePermalink(answers)).answers
      expect(runEngine(again).generated.allManifests, label).toBe(runEngine(answers).generated.allManifests)
    }
  })
})
