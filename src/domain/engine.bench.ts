import { bench, describe } from 'vitest'
import { seedAnswers } from '../test-support/answers.ts'
import { assess } from './assess.ts'
import { runEngine } from './engine.ts'
import { decodePermalink, encodePermalink } from './permalink/codec.ts'
import { leversFor } from './recommend/levers.ts'

// The wizard re-runs the engine on every keystroke: these are the costs a user waits on.
const seed = seedAnswers()
const many = {
  ...seed,
  objects: Array.from({ length: 50 }, (_, i) => ({
    ...seed.objects[0]!,
    name: `secret-${i}`,
    env: `SECRET_${i}`,
  })),
}
const link = encodePermalink(many)

describe('engine', () => {
  bench('assess (recommendation + validation), seed scenario', () => void assess(seed))
  bench('runEngine (all files), seed scenario', () => void runEngine(seed))
  bench('runEngine (all files), 50 objects', () => void runEngine(many))
  bench('decodePermalink, 50 objects', () => void decodePermalink(link))
  // Recomputed when the answers change, for "What would change it".
  bench('leversFor (every other option), seed scenario', () => void leversFor(seed))
  bench('leversFor, 50 objects', () => void leversFor(many))
})
