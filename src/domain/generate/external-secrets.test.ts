import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CLIENT, obj, seedAnswers, TENANT } from '../../test-support/answers.ts'
import {
  createStubState,
  mutatingCalls,
  readState,
  removeScratchDirs,
  runFolderTwice,
  runWithStubs,
  scratchDir,
  stubIssuer,
  STUB_VAULT_ID,
  type StubWorld,
} from '../../test-support/run-script.ts'
import { schemaProblems } from '../../test-support/schemas.ts'
import type { Answers, Auth } from '../answers/model.ts'
import { fields, list } from '../k8s/read.ts'
import { runnableFolder } from './bundle.ts'
import { generate } from './index.ts'
import { validateAnswers } from '../validate/answers.ts'

// Option 3 with sync=eso (issue 17): External Secrets Operator writes the Secret the env vars read, from a
// namespaced SecretStore and one ExternalSecret; no CSI volume, no SecretProviderClass.

const eso = (fields: Partial<Answers> = {}): Answers => ({
  ...seedAnswers(),
  sync: 'eso',
  auth: 'workload',
  identity: 'existing',
  ...fields,
})

const manifest = (answers: Answers, kind: string) => {
  const m = generate(answers, 3).manifests.find((x) => x.kind === kind)
  return m === undefined ? undefined : fields(JSON.parse(JSON.stringify(m)))
}

describe('option 3 with External Secrets Operator', () => {
  it('the seed link with sync=eso: a SecretStore, an ExternalSecret for the Secret the Deployment reads, no CSI', () => {
    const g = generate(eso(), 3)
    expect(g.manifests.map((m) => m.kind)).toEqual([
      'ServiceAccount',
      'SecretStore',
      'ExternalSecret',
      'Deployment',
    ])
    expect(manifest(eso(), 'SecretStore')).toEqual({
      apiVersion: 'external-secrets.io/v1',
      kind: 'SecretStore',
      metadata: { name: 'demo-keyvault', namespace: 'default', labels: { app: 'demo' } },
      spec: {
        provider: {
          azurekv: {
            vaultUrl: 'https://kv-aks-cloudadventures.vault.azure.net',
            tenantId: TENANT,
            authType: 'WorkloadIdentity',
            serviceAccountRef: { name: 'demo' },
          },
        },
      },
    })
    const sa = fields(manifest(eso(), 'ServiceAccount')?.['metadata'])
    expect(sa['annotations']).toMatchObject({ 'azure.workload.identity/client-id': CLIENT })
    const es = fields(manifest(eso(), 'ExternalSecret')?.['spec'])
    expect(es).toEqual({
      refreshInterval: '1h',
      secretStoreRef: { kind: 'SecretStore', name: 'demo-keyvault' },
      target: { name: 'demo-kv-secrets', creationPolicy: 'Owner' },
      data: [{ secretKey: 'mybigsecret', remoteRef: { key: 'secret/mybigsecret' } }],
    })
    const pod = fields(fields(fields(manifest(eso(), 'Deployment')?.['spec'])['template'])['spec'])
    expect(pod['volumes']).toBeUndefined()
    // The app's pod needs no Azure identity: only the SecretStore uses the federated service account.
    expect(pod['serviceAccountName']).toBeUndefined()
    const [container] = list(pod['containers']).map(fields)
    expect(container?.['volumeMounts']).toBeUndefined()
    // Every env var reads a key the ExternalSecret writes into the Secret it targets.
    const written = list(es['data']).map((d) => `demo-kv-secrets/${String(fields(d)['secretKey'])}`)
    const read = list(container?.['env']).map((e) => {
      const ref = fields(fields(fields(e)['valueFrom'])['secretKeyRef'])
      return `${String(ref['name'])}/${String(ref['key'])}`
    })
    expect(read).toEqual(written)
  })

  it('the script and README say External Secrets Operator writes the Secret, not the CSI driver', () => {
    const folder = runnableFolder(generate(eso(), 3), [])
    const head = (name: string) =>
      folder
        .find((f) => f.name === name)
        ?.content.split('\n')
        .slice(0, 2)
        .join('\n')
    expect(head('azure-setup.sh')).toContain(
      'option 3: Kubernetes Secret written by External Secrets Operator',
    )
    expect(head('README.md')).toBe(
      '# Option 3: Kubernetes Secret written by External Secrets Operator, exposed as env vars\n',
    )
  })

  it('refreshes at the poll interval when rotation matters, else hourly', () => {
    const interval = (a: Answers) => fields(manifest(a, 'ExternalSecret')?.['spec'])['refreshInterval']
    expect(interval(eso({ rotate: 'none' }))).toBe('1h')
    expect(interval(eso({ rotate: 'restart' }))).toBe('2m')
    expect(interval(eso({ rotate: 'live', poll: '10m' }))).toBe('10m')
  })

  it('pins a version and gives certificates and keys as PEM, as the driver does, with exactly the keys read', () => {
    const objects = [
      obj('db-password', { env: 'DB_PASSWORD', file: 'db/password.txt', version: 'abc123' }),
      obj('tls', { type: 'cert', env: 'TLS_CERT' }),
      obj('signing', { type: 'key', env: 'SIGNING_KEY' }),
    ]
    const spec = fields(manifest(eso({ objects }), 'ExternalSecret')?.['spec'])
    expect(spec['data']).toEqual([
      { secretKey: 'db.password.txt', remoteRef: { key: 'secret/db-password', version: 'abc123' } },
      { secretKey: 'tls', remoteRef: { key: 'cert/tls' } },
      { secretKey: 'signing', remoteRef: { key: 'key/signing' } },
    ])
    expect(fields(spec['target'])['template']).toEqual({
      type: 'Opaque',
      data: {
        'db.password.txt': '{{ index . "db.password.txt" }}',
        tls:
          '-----BEGIN CERTIFICATE-----\n' +
          '{{ .tls | b64enc | regexReplaceAll "(.{64})" "${1}\\n" | trimSuffix "\\n" }}\n' +
          '-----END CERTIFICATE-----\n',
        signing: '{{ .signing | jwkPublicKeyPem }}',
      },
    })
  })

  it.each(['workload', 'uami', 'system', 'sp', 'podidentity'] as const)(
    'auth %s: every manifest passes its schema (the ESO CRDs from shared/reference/crd)',
    (auth: Auth) => {
      for (const cloud of ['AzurePublicCloud', 'AzureChinaCloud'] as const) {
        const objects = [obj('a', { env: 'A' }), obj('c', { type: 'cert', env: 'C', version: 'v1' })]
        const g = generate(eso({ auth, cloud, objects }), 3)
        expect(g.manifests.flatMap(schemaProblems)).toEqual([])
        expect(g.manifests.map((m) => m.kind)).not.toContain('SecretProviderClass')
      }
    },
  )

  it('the node identities and the service principal: ManagedIdentity with identityId, or the credentials Secret', () => {
    const store = (auth: Auth) =>
      fields(fields(fields(manifest(eso({ auth }), 'SecretStore')?.['spec'])['provider'])['azurekv'])
    expect(store('uami')).toMatchObject({ authType: 'ManagedIdentity', identityId: CLIENT })
    expect(store('system')).toMatchObject({ authType: 'ManagedIdentity' })
    expect(store('system')['identityId']).toBeUndefined()
    expect(store('sp')).toMatchObject({
      authType: 'ServicePrincipal',
      authSecretRef: {
        clientId: { name: 'demo-kv-creds', key: 'clientid' },
        clientSecret: { name: 'demo-kv-creds', key: 'clientsecret' },
      },
    })
    expect(
      fields(fields(manifest(eso({ cloud: 'AzureUSGovernmentCloud' }), 'SecretStore')?.['spec'])['provider'])[
        'azurekv'
      ],
    ).toMatchObject({
      vaultUrl: 'https://kv-aks-cloudadventures.vault.usgovcloudapi.net',
      environmentType: 'USGovernmentCloud',
    })
  })

  it('the SecretStore schema check catches a wrong authType (the CRD is really read)', () => {
    const m = manifest(eso(), 'SecretStore') ?? {}
    const azurekv = fields(fields(fields(m['spec'])['provider'])['azurekv'])
    azurekv['authType'] = 'Workload'
    expect(schemaProblems(m).join('\n')).toMatch(/authType must be equal to one of the allowed values/)
  })
})

afterAll(removeScratchDirs)

const PRINCIPAL = '5a4b3c2d-3333-4c5d-9e6f-aaaabbbbcccc'
const KUBELET = {
  clientId: 'aaaaaaaa-1111-4222-8333-444444444444',
  objectId: 'bbbbbbbb-1111-4222-8333-444444444444',
}

const world = (overrides: Partial<StubWorld> = {}): StubWorld => ({
  vaultTenant: TENANT,
  rbac: true,
  identities: [{ rg: 'rg-identities', name: 'shared-identity', clientId: CLIENT, principalId: PRINCIPAL }],
  servicePrincipals: [{ clientId: CLIENT, objectId: PRINCIPAL }],
  kubeletClientId: KUBELET.clientId,
  kubeletObjectId: KUBELET.objectId,
  ...overrides,
})

const runTwice = (answers: Answers, w: StubWorld = world()) =>
  runFolderTwice(runnableFolder(generate(answers, 3), []), w)

describe('azure-setup.sh for option 3 with External Secrets Operator', { timeout: 60_000 }, () => {
  it('workload identity: federates the store’s service account, grants the narrow role, installs ESO once', () => {
    const { state, first, second } = runTwice(eso())
    expect(first.stderr).not.toMatch(/stub (az|kubectl|helm): unknown/)
    expect(first.code, first.stderr).toBe(0)
    expect(
      readState(state, 'identities/rg-identities/shared-identity/fic-aks-cloudadventures_default_demo'),
    ).toBe(
      `${stubIssuer('aks-cloudadventures')}\nsystem:serviceaccount:default:demo\napi://AzureADTokenExchange\n`,
    )
    expect(readState(state, 'role-assignments')).toBe(
      `Key Vault Secrets User|${STUB_VAULT_ID}/secrets/mybigsecret|${PRINCIPAL}\n`,
    )
    expect(readState(state, 'helm/releases/external-secrets/external-secrets')).toBe(
      'external-secrets/external-secrets\n',
    )
    // No add-on: nothing mounts the CSI volume.
    expect(first.calls.some((c) => c.includes('enable-addons'))).toBe(false)
    const apply = first.calls.find((c) => c[0] === 'kubectl' && c[1] === 'apply' && c[3] !== '-')
    expect(apply?.filter((a) => a.includes('/')).map((a) => a.split('/').at(-1))).toEqual([
      'serviceaccount.yaml',
      'secretstore.yaml',
      'externalsecret.yaml',
      'deployment.yaml',
    ])
    expect(second.code, second.stderr).toBe(0)
    expect(mutatingCalls(second.calls)).toEqual([])
  })

  it('a new workload identity: the applied service account carries the created client id', () => {
    const { state, first, second } = runTwice(eso({ identity: 'new', client: '' }))
    expect(first.code, first.stderr).toBe(0)
    const created = readState(state, 'identities/rg-aks/demo-identity/client-id')?.trim() ?? ''
    expect(readState(state, 'k8s/applied/serviceaccount.yaml')).toContain(
      `azure.workload.identity/client-id: ${created}`,
    )
    expect(mutatingCalls(second.calls)).toEqual([])
  })

  it('an existing ESO release is left as it is', () => {
    const { first } = runTwice(
      eso(),
      world({
        helmReleases: { 'external-secrets/external-secrets': { chart: 'external-secrets/external-secrets' } },
      }),
    )
    expect(first.code, first.stderr).toBe(0)
    expect(first.calls.filter((c) => c[0] === 'helm').map((c) => c[1])).toEqual(['status'])
  })

  it('the kubelet identity: granted by its object id; another client id stops before any grant', () => {
    const ok = runTwice(eso({ auth: 'uami', client: KUBELET.clientId }))
    expect(ok.first.code, ok.first.stderr).toBe(0)
    expect(readState(ok.state, 'role-assignments')).toContain(`|${KUBELET.objectId}`)
    expect(mutatingCalls(ok.second.calls)).toEqual([])
    const wrong = runTwice(eso({ auth: 'uami' }))
    expect(wrong.first.code).toBe(1)
    expect(wrong.first.stderr).toContain(`neither the kubelet identity\n(${KUBELET.clientId})`)
    expect(readState(wrong.state, 'role-assignments')).toBeUndefined()
  })

  it('the nodes’ system identity: stops with nothing changed (AKS node pools have none, issue 14)', () => {
    const { first } = runTwice(eso({ auth: 'system' }))
    expect(first.code).toBe(1)
    expect(mutatingCalls(first.calls)).toEqual([])
  })

  it.each(['sp'] as const)('auth %s: runs, and a second run changes nothing', (auth) => {
    const { first, second } = runTwice(eso({ auth }))
    expect(first.code, first.stderr).toBe(0)
    expect(second.code, second.stderr).toBe(0)
    expect(mutatingCalls(second.calls)).toEqual([])
  })

  it('stops before any change when helm is missing', () => {
    const folder = scratchDir('akv-eso-')
    for (const f of runnableFolder(generate(eso(), 3), [])) writeFileSync(join(folder, f.name), f.content)
    const state = createStubState(world())
    // Only bash's own directory and the az/kubectl stand-ins: no helm on PATH.
    const r = runWithStubs(join(folder, 'azure-setup.sh'), state, scratchDir('akv-cwd-'), {
      withoutHelm: true,
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('helm is needed')
    expect(r.calls).toEqual([])
  })
})

it('aad-pod-identity with ESO is refused with a message on the sync answer (the controller has no binding)', () => {
  const issues = validateAnswers(eso({ auth: 'podidentity' }), 3)
  expect(issues).toContainEqual(
    expect.objectContaining({
      key: 'sync',
      severity: 'invalid',
      message: expect.stringContaining('aadpodidbinding'),
    }),
  )
  expect(validateAnswers(eso({ auth: 'podidentity', sync: 'csi' }), 3).map((i) => i.key)).not.toContain(
    'sync',
  )
})
