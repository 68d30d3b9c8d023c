import { describe, expect, it } from 'vitest'
import { obj } from '../../../test-support/answers.ts'
import { createStubState, mutatingCalls, readState, STUB_VAULT_ID } from '../../../test-support/run-script.ts'
import {
  ADDON_OBJECT_ID,
  answersFor,
  applied,
  freshWorld,
  run,
  writeFolder,
} from '../../../test-support/script-fixture.ts'

// An app that reads two vaults (issue 17): azure-setup.sh finds and checks each vault, grants in each the
// objects it holds, and a second run changes nothing. Run with the stand-in az and kubectl, whose second
// vault answers for itself (its own ID, subscription, tenant and permission model).

const SHARED_ID =
  '/subscriptions/99999999-0000-0000-0000-000000000000/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-shared'
const OTHER_SUBSCRIPTION = '99999999-0000-0000-0000-000000000000'
const objects = [
  obj('db', { env: 'DB' }),
  obj('api-key', { env: 'API_KEY', vault: 'kv-shared' }),
  obj('tls', { type: 'cert', vault: 'kv-shared' }),
]
const world = (shared: { rbac: boolean; tenant?: string }) =>
  freshWorld({
    subscriptions: ['00000000-0000-0000-0000-000000000000', OTHER_SUBSCRIPTION],
    otherVaults: {
      'kv-shared': {
        tenant: shared.tenant ?? freshWorld().vaultTenant,
        id: SHARED_ID,
        subscription: OTHER_SUBSCRIPTION,
        rbac: shared.rbac,
      },
    },
  })

describe('azure-setup.sh for an app reading two vaults', { timeout: 60_000 }, () => {
  it('grants each object in its own vault, applies both classes, and a second run changes nothing', () => {
    const { folder, manifests } = writeFolder(answersFor(3, 'uami', { objects }), 3)
    expect(manifests).toEqual([
      'secretproviderclass-kv-aks-cloudadventures.yaml',
      'secretproviderclass-kv-shared.yaml',
      'deployment.yaml',
    ])
    const state = createStubState(world({ rbac: true }))
    const first = run(folder, state)
    expect(first.code, first.stderr).toBe(0)
    expect((readState(state, 'role-assignments') ?? '').trim().split('\n')).toEqual([
      `Key Vault Secrets User|${STUB_VAULT_ID}/secrets/db|${ADDON_OBJECT_ID}`,
      `Key Vault Secrets User|${SHARED_ID}/secrets/api-key|${ADDON_OBJECT_ID}`,
      `Key Vault Reader|${SHARED_ID}/certificates/tls|${ADDON_OBJECT_ID}`,
    ])
    // The second vault is read in its own subscription, found by the search of every subscription.
    expect(
      first.calls.some(
        (c) => c.includes('kv-shared') && c.includes('show') && c.includes(OTHER_SUBSCRIPTION),
      ),
    ).toBe(true)
    expect(applied(state)).toEqual(manifests.map((name) => expect.stringMatching(new RegExp(`/${name}$`))))
    const second = run(folder, state)
    expect(second.code, second.stderr).toBe(0)
    expect(mutatingCalls(second.calls)).toEqual([])
  })

  it('a vault with access policies beside one with RBAC: get added in that vault only', () => {
    const { folder } = writeFolder(answersFor(2, 'uami', { objects }), 2)
    const state = createStubState(world({ rbac: false }))
    const first = run(folder, state)
    expect(first.code, first.stderr).toBe(0)
    expect(readState(state, `vaults/kv-shared/policies/${ADDON_OBJECT_ID}/secrets`)).toBe('get\n')
    expect(readState(state, `vaults/kv-shared/policies/${ADDON_OBJECT_ID}/certificates`)).toBe('get\n')
    expect(readState(state, `vault/policies/${ADDON_OBJECT_ID}/secrets`)).toBeUndefined()
    expect(readState(state, 'role-assignments')).toBe(
      `Key Vault Secrets User|${STUB_VAULT_ID}/secrets/db|${ADDON_OBJECT_ID}\n`,
    )
    expect(mutatingCalls(run(folder, state).calls)).toEqual([])
  })

  it('stops before any change when the second vault is in another tenant', () => {
    const { folder } = writeFolder(answersFor(3, 'uami', { objects }), 3)
    const state = createStubState(world({ rbac: true, tenant: '11111111-2222-4333-8444-555555555555' }))
    const r = run(folder, state)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('but vault kv-shared is in tenant 11111111-2222-4333-8444-555555555555')
    expect(mutatingCalls(r.calls)).toEqual([])
    expect(applied(state)).toEqual([])
  })

  it('External Secrets Operator with workload identity: a store per vault, grants in both, twice', () => {
    const answers = answersFor(3, 'workload', { sync: 'eso', identity: 'existing', objects })
    const { folder, manifests } = writeFolder(answers, 3)
    expect(manifests).toEqual(
      expect.arrayContaining([
        'secretstore-kv-aks-cloudadventures.yaml',
        'secretstore-kv-shared.yaml',
        'externalsecret-kv-aks-cloudadventures.yaml',
        'externalsecret-kv-shared.yaml',
      ]),
    )
    const state = createStubState(world({ rbac: true }))
    const first = run(folder, state)
    expect(first.code, first.stderr).toBe(0)
    expect(readState(state, 'role-assignments')).toContain(`${SHARED_ID}/secrets/api-key`)
    expect(readState(state, 'role-assignments')).toContain(`${STUB_VAULT_ID}/secrets/db`)
    expect(mutatingCalls(run(folder, state).calls)).toEqual([])
  })
})
