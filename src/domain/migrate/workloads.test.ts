import { describe, expect, it } from 'vitest'
import { podProblems } from '../check/pod-rules.ts'
import { podTemplateOf } from '../k8s/pods.ts'
import { isLongRunning, WORKLOAD_KINDS } from '../k8s/workloads.ts'
import { mainWorkload } from './answers-from-input.ts'
import { fields, toYamlStream, type Fields } from './shared/bridge.ts'
import { podOf, withPod } from './shared/pod-template.ts'
import { readInputs } from './read.ts'
import { akvs, run } from './test-kit.ts'

/** Where the Kubernetes API keeps each kind's pod template (apps/v1, batch/v1, core/v1). */
const API_POD_PATH: Record<string, string[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Pod: [],
}

/** The kinds `kubectl rollout` takes (kubectl rollout --help: deployments, daemonsets, statefulsets). */
const ROLLOUT_KINDS = ['Deployment', 'DaemonSet', 'StatefulSet']

const POD = {
  metadata: { labels: { app: 'web', tier: 'front' } },
  spec: {
    containers: [
      {
        name: 'web',
        image: 'example.azurecr.io/web:1',
        command: ['/web'],
        env: [{ name: 'DB_PASSWORD', value: 'db-akvs@azurekeyvault' }],
        volumeMounts: [{ name: 'secrets', mountPath: '/mnt/secrets' }],
      },
    ],
    volumes: [
      {
        name: 'secrets',
        csi: { driver: 'secrets-store.csi.k8s.io', volumeAttributes: { secretProviderClass: 'web-kv' } },
      },
    ],
  },
}

/** A `kind` named web in namespace shop whose pod is POD, built from the API's path, not the code's. */
function workloadOf(kind: string): Fields {
  const path = API_POD_PATH[kind] ?? []
  let pod: Fields = POD
  for (const key of [...path].reverse()) pod = { [key]: pod }
  const top = path.length === 0 ? { metadata: { name: 'web', namespace: 'shop', ...POD.metadata } } : {}
  return {
    apiVersion: kind === 'Pod' ? 'v1' : ['Job', 'CronJob'].includes(kind) ? 'batch/v1' : 'apps/v1',
    kind,
    metadata: { name: 'web', namespace: 'shop' },
    ...pod,
    ...top,
  }
}

describe('the workloads table: every home of "where the pod lives" gives one answer', () => {
  it('knows the kinds the Kubernetes API runs pods with', () => {
    expect([...WORKLOAD_KINDS].sort()).toEqual(Object.keys(API_POD_PATH).sort())
  })

  describe.each(WORKLOAD_KINDS)('%s', (kind) => {
    const manifest = workloadOf(kind)

    it('the checker and the importer read its pod at the API path', () => {
      expect(podTemplateOf(manifest)).toEqual({ labels: POD.metadata.labels, spec: POD.spec })
      expect(podOf(manifest, kind)).toEqual({ labels: POD.metadata.labels, spec: POD.spec })
    })

    it('the importer writes the pod back where it read it', () => {
      const spec = { ...POD.spec, serviceAccountName: 'web' }
      const patched = withPod(manifest, kind, { labels: { app: 'web' }, spec })
      expect(podTemplateOf(patched)?.spec).toEqual(spec)
      expect(podTemplateOf(patched)?.labels).toEqual({ app: 'web' })
    })

    it('the importer reads it as a workload', () => {
      const read = readInputs([{ name: 'w.yaml', text: toYamlStream([manifest]) }])
      expect(read.docs.map((d) => d.role)).toEqual(['workload'])
      expect(read.ignored).toEqual([])
    })

    it('the checker applies the pod rules to it', () => {
      expect(podProblems([manifest])).toEqual([
        { subject: `${kind} shop/web`, message: 'volume secrets: csi.readOnly must be true' },
      ])
    })

    it(`is ${ROLLOUT_KINDS.includes(kind) ? '' : 'not '}taken for the app before the others, and the clean-up waits for it accordingly`, () => {
      expect(isLongRunning(kind)).toBe(ROLLOUT_KINDS.includes(kind))
      const read = readInputs([
        {
          name: 'w.yaml',
          text: toYamlStream([{ ...workloadOf('Job'), metadata: { name: 'hook' } }, manifest]),
        },
      ])
      expect(mainWorkload(read.docs)?.name).toBe(ROLLOUT_KINDS.includes(kind) ? 'web' : 'hook')
      const r = run([akvs({ name: 'db-akvs', ns: 'shop' }), toYamlStream([manifest])], { app: 'web' }, 3)
      const step = r.cleanup.find((s) => s.includes(`patched ${kind} web`))
      expect(step).toMatch(
        ROLLOUT_KINDS.includes(kind)
          ? `kubectl rollout status ${kind.toLowerCase()}/web -n shop`
          : `kubectl get ${kind.toLowerCase()} web -n shop`,
      )
      expect(fields(r.output.find((d) => d.source?.kind === kind)).change).toBe('patched')
    })
  })
})
