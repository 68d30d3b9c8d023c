import { expect, it } from 'vitest'
import { seedAnswers } from '../../test-support/answers.ts'
import { leversFor } from './levers.ts'
import { recommend } from './recommend.ts'

it('recommends option 3 for the seed scenario, with option 1 on the roadmap', () => {
  // The seed article: a Python app reading `variable_from_keyvault` from its environment, no code change now,
  // the CSI add-on's user-assigned identity, a synced Kubernetes Secret acceptable.
  const rec = recommend(seedAnswers())
  expect(rec).toMatchObject({ recommended: 3, generated: 3, wrapper: false, violations: [] })
  expect(rec.title).toBe('CSI driver synced to a Kubernetes Secret, exposed as env vars')
  // What would change it (levers.ts): the code changing makes option 1 the recommendation.
  const toOption1 = leversFor(seedAnswers()).find((o) => o.option === 1)?.levers[0]
  expect(toOption1?.changes.map((c) => [c.key, c.value])).toEqual([['code', 'yes']])
  expect(rec.roadmap.join('\n')).toMatch(/--enable-oidc-issuer/)
  expect(rec.roadmap.join('\n')).toMatch(/federated credential/)
  expect(rec.roadmap.join('\n')).toMatch(/DefaultAzureCredential.*azure-keyvault-secrets/)
  expect(rec.roadmap.join('\n')).toMatch(/synced Secret demo-kv-secrets/)
  expect(rec.roadmap.at(-1)).toMatch(/user-assigned managed identity’s access to the vault/)
  // The driver's sync is planned to be deprecated (issue 17); the article does not say the image runs as
  // non-root, so the pod is written for a root image.
  expect(rec.warnings.map((w) => w.id)).toEqual([
    'csi-sync-deprecation-planned',
    'auth-uami-shared',
    'pod-security-baseline',
  ])
})
