import { describe, expect, it } from 'vitest'
import { seedAnswers } from '../../test-support/answers.ts'
import { baselineProblems, podSpecOf, restrictedProblems } from '../../test-support/pod-security.ts'
import { answerCombinations } from '../answers/combinations.ts'
import type { Fields } from '../k8s/read.ts'
import { runEngine } from '../engine.ts'

const pods = (answers: Parameters<typeof runEngine>[0]) =>
  runEngine(answers).generated.manifests.flatMap((m): Fields[] => {
    const spec = podSpecOf(m)
    return spec ? [spec] : []
  })

describe('Pod Security Standards, for every combination of answers', () => {
  const base = { ...seedAnswers(), cmd: 'python app.py' }
  base.objects = [{ ...base.objects[0]!, env: 'DB_PASSWORD' }]

  it('every generated pod meets "baseline"; with a non-root image it meets "restricted" in full', () => {
    let restricted = 0
    for (const answers of answerCombinations(base, { unanswered: true })) {
      for (const spec of pods(answers)) {
        expect(baselineProblems(spec), JSON.stringify(answers)).toEqual([])
        if (answers.user === 'nonroot') {
          expect(restrictedProblems(spec), JSON.stringify(answers)).toEqual([])
          restricted++
        } else {
          // A root image: runAsNonRoot would stop it from starting, so the pod does not claim "restricted".
          expect(restrictedProblems(spec).join('\n')).toMatch(/runAsNonRoot/)
        }
      }
    }
    expect(restricted).toBeGreaterThan(100)
  })

  it('the checker finds what each level forbids', () => {
    expect(
      baselineProblems({
        hostNetwork: true,
        containers: [{ name: 'a', securityContext: { privileged: true } }],
      }),
    ).toEqual(['hostNetwork is true', 'a: privileged'])
    expect(
      restrictedProblems({ containers: [{ name: 'a' }], volumes: [{ name: 'h', hostPath: { path: '/' } }] }),
    ).toEqual([
      'hostPath volume h',
      'volume type hostPath',
      'a: allowPrivilegeEscalation is not false',
      'a: runAsNonRoot is not true',
      'a: seccompProfile undefined',
      'a: capabilities do not drop ALL',
    ])
  })

  it('the warning names the level a pod for a root or unknown image meets', () => {
    const w = runEngine({ ...base, user: 'root' }).recommendation.warnings.find(
      (x) => x.id === 'pod-security-baseline',
    )
    expect(w?.text).toMatch(/runs as root.*“baseline” but not “restricted”/)
    expect(runEngine({ ...base, user: 'nonroot' }).recommendation.warnings.map((x) => x.id)).not.toContain(
      'pod-security-baseline',
    )
  })
})
