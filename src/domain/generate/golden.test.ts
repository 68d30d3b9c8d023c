import { load, loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { CLIENT, obj, seedAnswers, TENANT } from '../../test-support/answers.ts'
import { emptyAnswers, type Answers } from '../answers/model.ts'
import { generate } from './index.ts'

/** The scenarios of the two seed articles, compared as parsed YAML with what a reviewer would write by hand. */

const fileContent = (answers: Answers, name: string): string =>
  generate(answers, 3).files.find((f) => f.name === name)?.content ?? ''

describe('golden: shared/seeds/000, option 3 for an app that reads an env var', () => {
  const answers = seedAnswers()

  it('SecretProviderClass: the add-on identity on the nodes, one secret, synced to an Opaque Secret', () => {
    expect(load(fileContent(answers, 'secretproviderclass.yaml'))).toEqual({
      apiVersion: 'secrets-store.csi.x-k8s.io/v1',
      kind: 'SecretProviderClass',
      metadata: { name: 'demo-keyvault', namespace: 'default', labels: { app: 'demo' } },
      spec: {
        provider: 'azure',
        parameters: {
          useVMManagedIdentity: 'true',
          userAssignedIdentityID: CLIENT,
          keyvaultName: 'kv-aks-cloudadventures',
          tenantID: TENANT,
          objects: 'array:\n  - |\n    objectName: mybigsecret\n    objectType: secret\n',
        },
        secretObjects: [
          {
            secretName: 'demo-kv-secrets',
            type: 'Opaque',
            data: [{ objectName: 'mybigsecret', key: 'mybigsecret' }],
          },
        ],
      },
    })
  })

  it('Deployment: the env var from the synced Secret, and the read-only CSI volume that makes it exist', () => {
    expect(load(fileContent(answers, 'deployment.yaml'))).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'demo', namespace: 'default', labels: { app: 'demo' } },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'demo' } },
        template: {
          metadata: { labels: { app: 'demo' } },
          spec: {
            // Pod Security: the image may run as root (not answered), so "baseline" without breaking it.
            securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'app',
                image: 'ghcr.io/whaakman/python-variables:v1.0',
                ports: [{ containerPort: 80 }],
                resources: { requests: { cpu: '100m', memory: '128Mi' } },
                readinessProbe: { tcpSocket: { port: 80 }, periodSeconds: 10 },
                livenessProbe: { tcpSocket: { port: 80 }, initialDelaySeconds: 15, periodSeconds: 20 },
                securityContext: { allowPrivilegeEscalation: false },
                env: [
                  {
                    name: 'variable_from_keyvault',
                    valueFrom: { secretKeyRef: { name: 'demo-kv-secrets', key: 'mybigsecret' } },
                  },
                ],
                volumeMounts: [{ name: 'secrets-store', mountPath: '/mnt/secrets-store', readOnly: true }],
              },
            ],
            volumes: [
              {
                name: 'secrets-store',
                csi: {
                  driver: 'secrets-store.csi.k8s.io',
                  readOnly: true,
                  volumeAttributes: { secretProviderClass: 'demo-keyvault' },
                },
              },
            ],
          },
        },
      },
    })
  })
})

describe('golden: shared/seeds/004, akv2k8s migration with the add-on identity', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    code: 'no',
    reads: 'env',
    copy: 'ok',
    auth: 'uami',
    app: 'busybox',
    image: 'registry.k8s.io/e2e-test-images/busybox:1.29-1',
    kv: 'mischakv01',
    tenant: 'd62ada1b-ca42-4fe2-b9e7-ceb843af0ad0',
    client: CLIENT,
    spc: 'azure-sync',
    objects: [obj('ExampleSecret'), obj('env-secret', { env: 'SECRET_USERNAME' })],
  }
  const g = generate(answers, 3)
  const [spc, deployment] = loadAll(g.allManifests)

  it('spells keyvaultName as the provider reads it (the article writes KeyvaultName, which is never read)', () => {
    expect(spc).toMatchObject({
      metadata: { name: 'azure-sync' },
      spec: {
        provider: 'azure',
        parameters: {
          useVMManagedIdentity: 'true',
          userAssignedIdentityID: CLIENT,
          keyvaultName: 'mischakv01',
          tenantID: 'd62ada1b-ca42-4fe2-b9e7-ceb843af0ad0',
          objects:
            'array:\n  - |\n    objectName: ExampleSecret\n    objectType: secret\n' +
            '  - |\n    objectName: env-secret\n    objectType: secret\n',
        },
        secretObjects: [
          {
            secretName: 'busybox-kv-secrets',
            type: 'Opaque',
            data: [{ objectName: 'env-secret', key: 'env-secret' }],
          },
        ],
      },
    })
    expect(g.allManifests).not.toMatch(/KeyvaultName/)
  })

  it('exposes SECRET_USERNAME from the synced Secret while the volume stays mounted', () => {
    expect(deployment).toMatchObject({
      spec: {
        template: {
          spec: {
            containers: [
              {
                env: [
                  {
                    name: 'SECRET_USERNAME',
                    valueFrom: { secretKeyRef: { name: 'busybox-kv-secrets', key: 'env-secret' } },
                  },
                ],
                volumeMounts: [{ name: 'secrets-store', mountPath: '/mnt/secrets-store', readOnly: true }],
              },
            ],
            volumes: [{ csi: { readOnly: true, volumeAttributes: { secretProviderClass: 'azure-sync' } } }],
          },
        },
      },
    })
  })

  it('grants read-only Key Vault roles, never an administrator role (the article suggests Key Vault Administrator)', () => {
    const script = g.files.find((f) => f.name === 'azure-setup.sh')?.content ?? ''
    const roles = [...script.matchAll(/grant_role '([^']*)'/g)].map((m) => m[1])
    expect(new Set(roles)).toEqual(new Set(['Key Vault Secrets User']))
    expect(script).not.toContain('Key Vault Administrator')
  })
})
