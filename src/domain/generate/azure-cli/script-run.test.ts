import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLIENT, obj } from '../../../test-support/answers.ts'
import { createStubState, mutatingCalls, readState, STUB_VAULT_ID } from '../../../test-support/run-script.ts'
import type { Answers, OptionId } from '../../answers/model.ts'
import {
  ADDON_OBJECT_ID,
  answersFor,
  applied,
  EXISTING_PRINCIPAL,
  freshWorld,
  run,
  SP_OBJECT_ID,
  writeFolder,
} from '../../../test-support/script-fixture.ts'

// Runs the generated azure-setup.sh end to end with the stand-in az and kubectl (src/test-support/stub-tools),
// from a working directory that is not the script's folder, twice: the first run must reach `kubectl apply`
// of the files next to the script, the second must change nothing and create no credential.

interface Case {
  label: string
  option: OptionId
  answers: Answers
}

// `system` stops before any change (AKS has no such identity to give): tested on its own below.
const AUTHS = ['workload', 'uami', 'sp', 'podidentity'] as const

// Option 1 always runs the app as a workload identity, whatever the CSI identity answer says.
const CASES: Case[] = [
  {
    label: 'option 1, new identity',
    option: 1,
    answers: answersFor(1, 'workload', { client: '', identity: 'new' }),
  },
  ...[...AUTHS, 'system' as const].map((auth) => ({
    label: `option 1 (auth ${auth}), existing identity`,
    option: 1 as const,
    answers: answersFor(1, auth, { identity: 'existing' }),
  })),
  ...([2, 3] as const).flatMap((option) =>
    AUTHS.map((auth) => ({
      label: `option ${option}, ${auth}`,
      option,
      answers: answersFor(option, auth, auth === 'workload' ? { identity: 'existing' } : {}),
    })),
  ),
  {
    label: 'option 2, workload, new identity',
    option: 2,
    answers: answersFor(2, 'workload', { client: '', identity: 'new' }),
  },
  {
    label: 'option 3, workload, new identity, rotation while running',
    option: 3,
    answers: answersFor(3, 'workload', { client: '', identity: 'new', rotate: 'live' }),
  },
]

describe('azure-setup.sh run with stand-in az and kubectl', { timeout: 60_000 }, () => {
  for (const { label, option, answers } of CASES) {
    it(`${label}: applies the files next to it, and a second run changes nothing`, () => {
      const { folder, manifests } = writeFolder(answers, option)
      const state = createStubState(freshWorld())
      const first = run(folder, state)
      expect(first.stderr).not.toMatch(/stub (az|kubectl): unknown/)
      expect(first.code, first.stderr).toBe(0)
      expect(applied(state)).toEqual(manifests.map((name) => expect.stringMatching(new RegExp(`/${name}$`))))
      for (const name of manifests) {
        const content = readState(state, `k8s/applied/${name}`) ?? ''
        expect(content, name).not.toContain('<client-id>')
      }
      expect(mutatingCalls(first.calls).length).toBeGreaterThan(0)

      const passwordsBefore = readState(state, `service-principals/${CLIENT}/passwords`)
      const second = run(folder, state)
      expect(second.code, second.stderr).toBe(0)
      expect(mutatingCalls(second.calls)).toEqual([])
      expect(readState(state, `service-principals/${CLIENT}/passwords`)).toBe(passwordsBefore)
    })
  }

  it('a new workload identity: the applied service account and SecretProviderClass carry its client id', () => {
    const { folder } = writeFolder(answersFor(2, 'workload', { client: '', identity: 'new' }), 2)
    const state = createStubState(freshWorld())
    expect(run(folder, state).code).toBe(0)
    const created = readState(state, 'identities/rg-aks/id-demo-default/client-id')?.trim() ?? ''
    expect(created).toMatch(/^[0-9a-f-]{36}$/)
    expect(readState(state, 'k8s/applied/serviceaccount.yaml')).toContain(
      `azure.workload.identity/client-id: ${created}`,
    )
    expect(readState(state, 'k8s/applied/secretproviderclass.yaml')).toContain(`clientID: ${created}`)
    // The downloaded files stay as they were: the next run fills them in again, the same way.
    expect(readFileSync(join(folder, 'serviceaccount.yaml'), 'utf8')).toContain('<client-id>')
  })

  it('an existing workload identity elsewhere: the federated credential goes to that identity', () => {
    const { folder } = writeFolder(answersFor(2, 'workload', { identity: 'existing' }), 2)
    const state = createStubState(freshWorld())
    expect(run(folder, state).code).toBe(0)
    expect(
      readState(state, 'identities/rg-identities/shared-identity/fic-aks-cloudadventures_default_demo'),
    ).toBe(
      'https://oidc.example.test/aks-cloudadventures/\nsystem:serviceaccount:default:demo\napi://AzureADTokenExchange\n',
    )
    expect(readState(state, 'role-assignments')).toBe(
      `Key Vault Secrets User|${STUB_VAULT_ID}/secrets/mybigsecret|${EXISTING_PRINCIPAL}\n`,
    )
  })

  it('stops before any change or apply when the vault is in another tenant', () => {
    const { folder } = writeFolder(answersFor(3, 'uami'), 3)
    const state = createStubState(freshWorld({ vaultTenant: '11111111-2222-4333-8444-555555555555' }))
    const r = run(folder, state)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'but vault kv-aks-cloudadventures is in tenant 11111111-2222-4333-8444-555555555555',
    )
    expect(mutatingCalls(r.calls)).toEqual([])
    expect(applied(state)).toEqual([])
  })

  it('stops before applying when the client id is not the add-on identity the script just turned on', () => {
    const { folder } = writeFolder(answersFor(2, 'uami'), 2)
    const state = createStubState(freshWorld({ addonClientId: '99999999-8888-4777-8666-555555555555' }))
    const r = run(folder, state)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('nor the add-on identity (99999999-8888-4777-8666-555555555555)')
    expect(applied(state)).toEqual([])
    expect(readState(state, 'role-assignments')).toBeUndefined()
  })

  it('stops when an existing workload identity cannot be found by its client id', () => {
    const { folder } = writeFolder(answersFor(1, 'workload', { identity: 'existing' }), 1)
    const r = run(folder, createStubState(freshWorld({ identities: [] })))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`No managed identity with client id ${CLIENT}`)
  })

  it('access policies: keeps what the shared identity already has and adds get', () => {
    const objects = [obj('db-password'), obj('signing-key', { type: 'key' })]
    const { folder } = writeFolder(answersFor(2, 'uami', { objects }), 2)
    const state = createStubState(
      freshWorld({
        rbac: false,
        policies: {
          [ADDON_OBJECT_ID]: { secrets: ['List'], keys: ['get', 'list', 'wrapKey'], certificates: ['get'] },
        },
      }),
    )
    const first = run(folder, state)
    expect(first.code, first.stderr).toBe(0)
    expect(readState(state, `vault/policies/${ADDON_OBJECT_ID}/secrets`)).toBe('list\nget\n')
    // Keys already allowed get: left alone, as are certificates, which the app does not read.
    expect(readState(state, `vault/policies/${ADDON_OBJECT_ID}/keys`)).toBe('get\nlist\nwrapKey\n')
    expect(readState(state, `vault/policies/${ADDON_OBJECT_ID}/certificates`)).toBe('get\n')
    const setPolicy = first.calls.filter((c) => c[1] === 'keyvault' && c[2] === 'set-policy')
    expect(setPolicy).toHaveLength(1)
    expect(setPolicy[0]).not.toContain('--key-permissions')
    expect(mutatingCalls(run(folder, state).calls)).toEqual([])
  })

  it('access policies: a new policy gets get on each kind of object the app reads', () => {
    const objects = [obj('tls', { type: 'cert' }), obj('signing-key', { type: 'key' })]
    const { folder } = writeFolder(
      answersFor(3, 'uami', { objects: [...objects, obj('db', { env: 'DB' })] }),
      3,
    )
    const state = createStubState(freshWorld({ rbac: false }))
    expect(run(folder, state).code).toBe(0)
    const principal = ADDON_OBJECT_ID
    expect(readState(state, `vault/policies/${principal}/secrets`)).toBe('get\n')
    expect(readState(state, `vault/policies/${principal}/keys`)).toBe('get\n')
    expect(readState(state, `vault/policies/${principal}/certificates`)).toBe('get\n')
  })

  it('RBAC: one assignment per object, the narrowest role per type, none on the whole vault', () => {
    const objects = [
      obj('db', { env: 'DB' }),
      obj('tls', { type: 'cert' }),
      obj('tls', { env: 'TLS_BUNDLE', file: 'tls.pem' }),
      obj('signing-key', { type: 'key' }),
    ]
    const { folder } = writeFolder(answersFor(3, 'uami', { objects }), 3)
    const state = createStubState(freshWorld())
    expect(run(folder, state).code).toBe(0)
    expect((readState(state, 'role-assignments') ?? '').trim().split('\n')).toEqual([
      `Key Vault Secrets User|${STUB_VAULT_ID}/secrets/db|${ADDON_OBJECT_ID}`,
      `Key Vault Reader|${STUB_VAULT_ID}/certificates/tls|${ADDON_OBJECT_ID}`,
      `Key Vault Secrets User|${STUB_VAULT_ID}/secrets/tls|${ADDON_OBJECT_ID}`,
      `Key Vault Reader|${STUB_VAULT_ID}/keys/signing-key|${ADDON_OBJECT_ID}`,
    ])
  })

  it('service principal: reads it by the given client id and adds one password, keeping the others', () => {
    const { folder } = writeFolder(answersFor(2, 'sp'), 2)
    const state = createStubState(freshWorld())
    const first = run(folder, state)
    expect(first.code).toBe(0)
    expect(first.calls).toContainEqual(expect.arrayContaining(['ad', 'sp', 'show', '--id', CLIENT]))
    const reset = first.calls.filter((c) => c.slice(1, 5).join(' ') === 'ad app credential reset')
    expect(reset).toHaveLength(1)
    expect(reset[0]).toContain('--append')
    expect(first.calls.some((c) => c.includes('create-for-rbac') || (c[2] === 'sp' && c[3] === 'list'))).toBe(
      false,
    )
    const passwords = (readState(state, `service-principals/${CLIENT}/passwords`) ?? '').trim().split('\n')
    expect(passwords).toHaveLength(2)
    expect(passwords[0]).toBe('existing-password-of-another-app')
    expect(readState(state, 'k8s/secrets/default/demo-kv-creds')).toBe(
      `clientid=${CLIENT}\nclientsecret=${passwords[1]}\n`,
    )
    expect(readState(state, 'role-assignments')).toContain(`|${SP_OBJECT_ID}`)
  })

  it('service principal: stops when there is no service principal with that client id', () => {
    const { folder } = writeFolder(answersFor(2, 'sp'), 2)
    const r = run(folder, createStubState(freshWorld({ servicePrincipals: [] })))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`No service principal with application (client) id ${CLIENT}`)
  })

  it('rotation: turned on with the chosen interval, and a custom interval is not reset on a rerun', () => {
    const { folder } = writeFolder(answersFor(2, 'uami', { rotate: 'live', reads: 'file', poll: '5m' }), 2)
    const state = createStubState(freshWorld({ addon: { enabled: true, rotation: false } }))
    const first = run(folder, state)
    expect(first.code).toBe(0)
    expect(first.calls).toContainEqual(
      expect.arrayContaining(['addon', 'update', '--rotation-poll-interval', '5m']),
    )
    expect(readState(state, 'addon/interval')).toBe('5m\n')
    expect(mutatingCalls(run(folder, state).calls)).toEqual([])
  })

  it('rotation at the next pod start with option 2: the add-on is left as it is', () => {
    const { folder } = writeFolder(answersFor(2, 'uami', { rotate: 'restart', reads: 'file' }), 2)
    const state = createStubState(freshWorld({ addon: { enabled: true, rotation: true, interval: '7m' } }))
    const r = run(folder, state)
    expect(r.code).toBe(0)
    expect(mutatingCalls(r.calls).filter((c) => c.startsWith('az aks'))).toEqual([])
    expect(readState(state, 'addon/interval')).toBe('7m\n')
  })

  it('stops before any change when a manifest is not next to the script', () => {
    const { folder } = writeFolder(answersFor(3, 'uami'), 3)
    rmSync(join(folder, 'deployment.yaml'))
    const state = createStubState(freshWorld())
    const r = run(folder, state)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('deployment.yaml is missing')
    expect(r.calls).toEqual([])
  })
})
