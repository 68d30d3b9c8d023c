import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runEngine } from '../engine.ts'
import { emptyAnswers, recommend } from './shared/bridge.ts'
import { answersFromInput, mergeAnswers, questionsFromInput } from './answers-from-input.ts'
import { migrate } from './migrate.ts'
import { readInputs } from './read.ts'
import { SEED_ARTICLE_FILE, SEED_ARTICLE_MISSING, seedArticleYaml } from '../../test-support/seed-article.ts'

// Issue 14 point 6: the page fills the answers from the import, recommends from them, writes Download all
// from them (runEngine), and shows the patched manifests (migrate): all four must name one option.
const read = (path: string) =>
  readInputs([
    {
      name: path,
      text:
        path === SEED_ARTICLE_FILE
          ? seedArticleYaml()
          : readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'),
    },
  ])
const FIXTURES = [
  'akv2k8s/secret-sync.yaml',
  'akv2k8s/certificate-sync.yaml',
  'akv2k8s/multi-akvs-secret-sync.yaml',
  'akv2k8s/env-injection.yaml',
  ...(SEED_ARTICLE_MISSING ? [] : [SEED_ARTICLE_FILE]),
]

describe('the import, the recommendation, the patched manifests and Download all are one option', () => {
  it.each(FIXTURES)('%s, answers filled from it', (path) => {
    const input = read(path)
    const filled = mergeAnswers(answersFromInput(input), emptyAnswers())
    const option = recommend(filled).generated
    expect(migrate(input, filled).option).toBe(option)
    expect(runEngine(filled).plan.option).toBe(option)
  })

  it.each(['ok', 'no'] as const)(
    'env injection, copy=%s answered: still one option, nothing left to ask',
    (copy) => {
      const input = read('akv2k8s/env-injection.yaml')
      const filled = { ...mergeAnswers(answersFromInput(input), emptyAnswers()), copy }
      const r = migrate(input, filled)
      expect(r.option).toBe(copy === 'ok' ? 3 : 2)
      expect(r.option).toBe(runEngine(filled).plan.option)
      expect(r.ask).toEqual([])
    },
  )

  // akv2k8s cmd/azure-keyvault-controller/controller/secret.go writes output.secret as a Kubernetes Secret.
  it('an akv2k8s controller sync means the cluster already holds a copy: copy=ok, option 3', () => {
    for (const path of ['akv2k8s/secret-sync.yaml', 'akv2k8s/certificate-sync.yaml']) {
      const input = read(path)
      expect(answersFromInput(input).copy).toBe('ok')
      expect(questionsFromInput(input)).toEqual([])
      expect(migrate(input, emptyAnswers())).toMatchObject({ option: 3, ask: [] })
    }
  })

  it('env injection alone cannot tell: the result asks for copy once, and applies the assumed no copy (option 2)', () => {
    const input = read('akv2k8s/env-injection.yaml')
    expect(answersFromInput(input).copy).toBeUndefined()
    expect(questionsFromInput(input)).toEqual([
      { key: 'copy', why: expect.stringMatching(/out of Kubernetes Secrets/) },
    ])
    const r = migrate(input, emptyAnswers())
    expect(r.ask.map((q) => q.key)).toEqual(['copy'])
    expect(r.option).toBe(2)
    expect(r.recommendation.generated).toBe(2)
  })
})
