import { describe, expect, it } from 'vitest'
import { resolve } from '../answers/resolve.ts'
import { planFor } from '../plan/plan.ts'
import { seedAnswers } from '../../test-support/answers.ts'
import { addOptionToPod, podAdditions } from './pod-additions.ts'

// A workload the engine did not create: its own labels, env, volume and a sidecar.
const foreignPod = () => ({
  labels: { app: 'shop', tier: 'web' },
  spec: {
    serviceAccountName: 'legacy',
    containers: [
      { name: 'proxy', image: 'envoyproxy/envoy:v1.31' },
      {
        name: 'web',
        image: 'shop/web:3',
        env: [{ name: 'LOG_LEVEL', value: 'info' }],
        volumeMounts: [{ name: 'cache', mountPath: '/cache' }],
      },
    ],
    volumes: [{ name: 'cache', emptyDir: {} }],
  },
})

describe('adding an option to a workload the engine did not create', () => {
  const r = resolve({ ...seedAnswers(), auth: 'workload', app: 'shop' })

  it('adds what option 3 needs to the named container and keeps everything else', () => {
    const pod = addOptionToPod(foreignPod(), podAdditions(planFor(r, 3)), 'web')
    expect(pod.labels).toEqual({ app: 'shop', tier: 'web' })
    expect(pod.spec['serviceAccountName']).toBe('shop')
    const [proxy, web] = pod.spec['containers'] as Record<string, unknown>[]
    expect(proxy).toEqual(foreignPod().spec.containers[0])
    expect(web?.['env']).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      {
        name: 'variable_from_keyvault',
        valueFrom: { secretKeyRef: { name: 'shop-kv-secrets', key: 'mybigsecret' } },
      },
    ])
    expect(web?.['volumeMounts']).toEqual([
      { name: 'cache', mountPath: '/cache' },
      { name: 'secrets-store', mountPath: '/mnt/secrets-store', readOnly: true },
    ])
    expect((pod.spec['volumes'] as { name: string }[]).map((v) => v.name)).toEqual(['cache', 'secrets-store'])
  })

  it('gives the same pod when applied twice, so patching in place can be repeated', () => {
    const once = addOptionToPod(foreignPod(), podAdditions(planFor(r, 3)), 'web')
    expect(addOptionToPod(once, podAdditions(planFor(r, 3)), 'web')).toEqual(once)
  })

  it('replaces an earlier version of its own volume instead of adding a second one', () => {
    const old = addOptionToPod(foreignPod(), podAdditions(planFor({ ...r, spc: 'old-spc' }, 2)), 'web')
    const pod = addOptionToPod(old, podAdditions(planFor(r, 2)), 'web')
    const volumes = pod.spec['volumes'] as {
      name: string
      csi?: { volumeAttributes: Record<string, string> }
    }[]
    expect(volumes.filter((v) => v.name === 'secrets-store')).toHaveLength(1)
    expect(volumes.find((v) => v.csi)?.csi?.volumeAttributes['secretProviderClass']).toBe(r.spc)
  })

  it('uses the first container when none is named', () => {
    const pod = addOptionToPod(foreignPod(), podAdditions(planFor(r, 1)))
    const [proxy] = pod.spec['containers'] as Record<string, unknown>[]
    expect(proxy?.['env']).toEqual([
      { name: 'KEY_VAULT_URL', value: 'https://kv-aks-cloudadventures.vault.azure.net/' },
    ])
    expect(pod.labels['azure.workload.identity/use']).toBe('true')
  })

  it('adds to the named init container when no container has that name, leaving the containers as they are', () => {
    const withInit = {
      ...foreignPod(),
      spec: { initContainers: [{ name: 'migrate', image: 'shop/migrate:3' }], ...foreignPod().spec },
    }
    const pod = addOptionToPod(withInit, podAdditions(planFor(r, 3)), 'migrate')
    expect(pod.spec['containers']).toEqual(foreignPod().spec.containers)
    const [init] = pod.spec['initContainers'] as Record<string, unknown>[]
    expect(init?.['volumeMounts']).toEqual([
      { name: 'secrets-store', mountPath: '/mnt/secrets-store', readOnly: true },
    ])
    expect(addOptionToPod(pod, podAdditions(planFor(r, 3)), 'migrate')).toEqual(pod)
  })
})
