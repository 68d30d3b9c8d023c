import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLIENT } from '../../../test-support/answers.ts'
import {
  changingCalls,
  commandOf,
  createStubState,
  mutatingCalls,
  readState,
  STUB_KUBELET_CLIENT_ID,
  STUB_KUBELET_OBJECT_ID,
  STUB_VAULT_ID,
  stubIssuer,
  writeState,
  type StubWorld,
} from '../../../test-support/run-script.ts'
import {
  ADDON_OBJECT_ID,
  answersFor,
  applied,
  EXISTING_PRINCIPAL,
  freshWorld,
  run,
  writeFolder,
} from '../../../test-support/script-fixture.ts'
import type { Answers, Auth, OptionId } from '../../answers/model.ts'

// The setup script under the conditions of a real rollout (issue 14, points 7-12), each run with the
// stand-in az and kubectl: a second namespace or cluster, another app's identity of the same name, a look-up
// that fails, node identities, a cluster that does not answer, a vault in another subscription, another cloud.

const AUDIENCE = 'api://AzureADTokenExchange'

/** Every federated credential of an identity in the stand-ins' state, as issuer|subject|audience. */
function credentials(state: string, rg: string, identity: string): string[] {
  const dir = join(state, 'identities', rg, identity)
  return readdirSync(dir)
    .filter((f) => f.startsWith('fic-'))
    .map((f) => (readState(state, `identities/${rg}/${identity}/${f}`) ?? '').trim().split('\n').join('|'))
    .sort()
}
const trust = (cluster: string, ns: string, sa: string): string =>
  `${stubIssuer(cluster)}|system:serviceaccount:${ns}:${sa}|${AUDIENCE}`

const existing = (fields: Partial<Answers> = {}): Answers =>
  answersFor(1, 'workload', { identity: 'existing', ...fields })

/** The shared identity of freshWorld, with one federated credential already on it. */
const withCredential = (name: string, subject: string): StubWorld =>
  freshWorld({
    identities: [
      {
        rg: 'rg-identities',
        name: 'shared-identity',
        clientId: CLIENT,
        principalId: EXISTING_PRINCIPAL,
        federated: { [name]: { issuer: stubIssuer('aks-cloudadventures'), subject, audience: AUDIENCE } },
      },
    ],
  })

function runOnce(answers: Answers, option: OptionId, state: string) {
  return run(writeFolder(answers, option).folder, state)
}

describe(
  '7. the federated credential follows the namespace, service account and cluster',
  { timeout: 60_000 },
  () => {
    it.each<[string, Partial<Answers>, (s: string) => string]>([
      ['namespace', { ns: 'shop' }, () => trust('aks-cloudadventures', 'shop', 'demo')],
      ['service account', { sa: 'shop-api' }, () => trust('aks-cloudadventures', 'default', 'shop-api')],
      ['cluster', { cluster: 'aks-second' }, () => trust('aks-second', 'default', 'demo')],
    ])('another %s: the second run trusts the new one and keeps the first', (_what, change, expected) => {
      const state = createStubState(freshWorld())
      expect(runOnce(existing(), 1, state).code).toBe(0)
      const second = runOnce(existing(change), 1, state)
      expect(second.code, second.stderr).toBe(0)
      expect(credentials(state, 'rg-identities', 'shared-identity')).toEqual(
        [trust('aks-cloudadventures', 'default', 'demo'), expected(state)].sort(),
      )
    })

    it('a re-created cluster (same name, new issuer): its credential is updated, not kept stale', () => {
      const state = createStubState(freshWorld())
      expect(runOnce(existing(), 1, state).code).toBe(0)
      const newIssuer = 'https://westeurope.oic.prod-aks.azure.com/tenant/new-cluster-guid/'
      writeState(state, 'clusters/aks-cloudadventures/issuer', newIssuer)
      const second = runOnce(existing(), 1, state)
      expect(second.code, second.stderr).toBe(0)
      expect(credentials(state, 'rg-identities', 'shared-identity')).toEqual([
        `${newIssuer}|system:serviceaccount:default:demo|${AUDIENCE}`,
      ])
      expect(second.calls.map(commandOf)).toContain('az identity federated-credential update')
    })

    it('a stale credential under the name of an older script is not taken for a match', () => {
      const state = createStubState(
        withCredential('demo-federated', 'system:serviceaccount:old-namespace:demo'),
      )
      expect(runOnce(existing(), 1, state).code).toBe(0)
      expect(credentials(state, 'rg-identities', 'shared-identity')).toContain(
        trust('aks-cloudadventures', 'default', 'demo'),
      )
    })

    it('an exact match under any name is kept: no second credential with the same issuer and subject', () => {
      const state = createStubState(withCredential('made-by-hand', 'system:serviceaccount:default:demo'))
      const r = runOnce(existing(), 1, state)
      expect(r.code).toBe(0)
      expect(mutatingCalls(r.calls).filter((c) => c.includes('federated'))).toEqual([])
    })
  },
)

describe('8. a new identity is never another app’s identity of the same name', { timeout: 60_000 }, () => {
  const fresh = (fields: Partial<Answers> = {}) =>
    answersFor(2, 'workload', { client: '', identity: 'new', ...fields })
  const named = (tags: string[] | undefined): StubWorld =>
    freshWorld({
      identities: [
        { rg: 'rg-aks', name: 'id-demo-default', clientId: CLIENT, principalId: EXISTING_PRINCIPAL, tags },
      ],
    })

  it.each([
    ['has no owner tag', undefined],
    ['belongs to another app', ['akv-wizard-app=default/other-app']],
  ])('an identity of that name that %s stops the script before any change', (_what, tags) => {
    const state = createStubState(named(tags))
    const r = runOnce(fresh(), 2, state)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/Identity id-demo-default in rg-aks exists and is not this app's/)
    expect(changingCalls(r.calls)).toEqual([])
    expect(readState(state, 'role-assignments')).toBeUndefined()
  })

  it('one this script made for this app (tagged) is reused, not created again', () => {
    const state = createStubState(named(['akv-wizard-app=default/demo']))
    const r = runOnce(fresh(), 2, state)
    expect(r.code, r.stderr).toBe(0)
    expect(r.calls.map(commandOf)).not.toContain('az identity create')
    expect(readState(state, 'role-assignments')).toContain(`|${EXISTING_PRINCIPAL}`)
  })

  it('is created tagged with its namespace and app; the same app in another namespace gets its own', () => {
    const state = createStubState(freshWorld())
    expect(runOnce(fresh(), 2, state).code).toBe(0)
    expect(readState(state, 'identities/rg-aks/id-demo-default/tag-akv-wizard-app')).toBe('default/demo\n')
    expect(runOnce(fresh({ ns: 'shop' }), 2, state).code).toBe(0)
    expect(readState(state, 'identities/rg-aks/id-demo-shop/tag-akv-wizard-app')).toBe('shop/demo\n')
    expect(readState(state, 'identities/rg-aks/id-demo-shop/client-id')).not.toBe(
      readState(state, 'identities/rg-aks/id-demo-default/client-id'),
    )
  })
})

describe('9. every look-up that can fail comes before the first change', { timeout: 60_000 }, () => {
  const OTHER = '99999999-8888-4777-8666-555555555555'
  const cases: [string, OptionId, Auth, Partial<Answers>, Partial<StubWorld>, RegExp][] = [
    [
      'an existing workload identity that does not exist',
      2,
      'workload',
      { identity: 'existing' },
      { identities: [] },
      /No managed identity with client id/,
    ],
    [
      'option 1 with an identity that does not exist',
      1,
      'workload',
      { identity: 'existing' },
      { identities: [] },
      /No managed identity with client id/,
    ],
    [
      'a node identity that is neither the kubelet nor the (enabled) add-on identity',
      3,
      'uami',
      {},
      { addon: { enabled: true }, addonClientId: OTHER },
      /neither the kubelet identity/,
    ],
    [
      'a service principal that does not exist',
      2,
      'sp',
      {},
      { servicePrincipals: [] },
      /No service principal with application \(client\) id/,
    ],
    [
      'an aad-pod-identity client id that does not exist',
      3,
      'podidentity',
      {},
      { servicePrincipals: [] },
      /No identity with client id/,
    ],
    [
      'a vault in no subscription az can see',
      3,
      'uami',
      {},
      { vaultName: 'another-vault' },
      /No vault named kv-aks-cloudadventures/,
    ],
    [
      'a vault in another tenant',
      3,
      'uami',
      {},
      { vaultTenant: OTHER },
      /but vault kv-aks-cloudadventures is in tenant/,
    ],
  ]
  it.each(cases)(
    '%s: stops with no changing call (no namespace, add-on or cluster update)',
    (_what, option, auth, fields, world, message) => {
      const state = createStubState(freshWorld(world))
      const r = runOnce(answersFor(option, auth, fields), option, state)
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(message)
      expect(changingCalls(r.calls)).toEqual([])
      expect(applied(state)).toEqual([])
    },
  )
})

describe('10. node identities AKS supports', { timeout: 60_000 }, () => {
  it('system: nothing in the node resource group is changed; the script names the kubelet identity', () => {
    const state = createStubState(freshWorld())
    const r = runOnce(answersFor(3, 'system'), 3, state)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(STUB_KUBELET_CLIENT_ID)
    expect(r.stderr).toMatch(/not supported on AKS: nothing was changed/)
    expect(changingCalls(r.calls)).toEqual([])
    expect(r.calls.some((c) => c[1] === 'vmss')).toBe(false)
  })

  it.each([true, false])(
    'uami with the kubelet identity (add-on on at the start: %s) is granted access',
    (enabled) => {
      const state = createStubState(
        freshWorld({ addon: { enabled }, addonClientId: '99999999-8888-4777-8666-555555555555' }),
      )
      const r = runOnce(answersFor(2, 'uami', { client: STUB_KUBELET_CLIENT_ID }), 2, state)
      expect(r.code, r.stderr).toBe(0)
      expect(readState(state, 'role-assignments')).toBe(
        `Key Vault Secrets User|${STUB_VAULT_ID}/secrets/mybigsecret|${STUB_KUBELET_OBJECT_ID}\n`,
      )
    },
  )

  it('uami with the add-on identity when the add-on is on: checked before any change', () => {
    const state = createStubState(freshWorld({ addon: { enabled: true } }))
    const r = runOnce(answersFor(2, 'uami'), 2, state)
    expect(r.code, r.stderr).toBe(0)
    expect(readState(state, 'role-assignments')).toContain(`|${ADDON_OBJECT_ID}`)
  })
})

describe(
  '11. a service principal password is made only when the Secret is known to be absent',
  { timeout: 60_000 },
  () => {
    const passwords = (state: string) =>
      (readState(state, `service-principals/${CLIENT}/passwords`) ?? '').trim().split('\n')

    it('three runs while reading the Secret fails make no password; the next run makes one', () => {
      const { folder } = writeFolder(answersFor(2, 'sp'), 2)
      const state = createStubState(freshWorld({ secretReadFails: true }))
      for (let i = 0; i < 3; i++) {
        const r = run(folder, state)
        expect(r.code).toBe(1)
        expect(r.calls.map(commandOf)).not.toContain('az ad app credential reset')
      }
      expect(passwords(state)).toEqual(['existing-password-of-another-app'])
      writeState(state, 'k8s/get-secret-fails', undefined)
      expect(run(folder, state).code).toBe(0)
      expect(passwords(state)).toHaveLength(2)
      expect(mutatingCalls(run(folder, state).calls)).toEqual([])
      expect(passwords(state)).toHaveLength(2)
    })

    it('the password reaches kubectl on stdin, never in a command line; its expiry and renewal are printed', () => {
      const state = createStubState(freshWorld())
      const r = runOnce(answersFor(3, 'sp'), 3, state)
      expect(r.code, r.stderr).toBe(0)
      const [, password] = passwords(state)
      expect(password).toMatch(/^stub-password-/)
      expect(r.calls.flat().some((arg) => arg.includes(password ?? '?'))).toBe(false)
      expect(readState(state, 'k8s/secrets/default/demo-kv-creds')).toBe(
        `clientid=${CLIENT}\nclientsecret=${password}\n`,
      )
      expect(r.stdout).toMatch(/expires 2027-12-01T19:00:00Z/)
      const keyId = /key id ([0-9a-f-]{36})/.exec(r.stdout)?.[1]
      expect(keyId).toBeDefined()
      expect(r.stdout).toContain(`az ad app credential delete --id ${CLIENT} --key-id ${keyId}`)
      expect(r.stdout).toContain(`az ad app credential reset --id ${CLIENT} --append --years 1`)
      expect(r.calls).toContainEqual(
        expect.arrayContaining(['ad', 'app', 'credential', 'reset', '--years', '1']),
      )
    })
  },
)

describe('12. a vault in another subscription, and the cloud az talks to', { timeout: 60_000 }, () => {
  const VAULT_SUB = '22222222-3333-4444-8555-666666666666'
  it('finds the vault in another subscription and names it in every vault command', () => {
    const state = createStubState(
      freshWorld({
        rbac: false,
        subscriptions: ['00000000-0000-0000-0000-000000000000', VAULT_SUB],
        vaultSubscription: VAULT_SUB,
      }),
    )
    const r = runOnce(answersFor(3, 'uami'), 3, state)
    expect(r.code, r.stderr).toBe(0)
    const vaultCalls = r.calls.filter((c) => c[1] === 'keyvault' && c[2] !== 'list')
    expect(vaultCalls.length).toBeGreaterThan(2)
    for (const c of vaultCalls.slice(1)) expect(c.join(' ')).toContain(`--subscription ${VAULT_SUB}`)
    expect(readState(state, `vault/policies/${ADDON_OBJECT_ID}/secrets`)).toBe('get\n')
    expect(mutatingCalls(runOnce(answersFor(3, 'uami'), 3, state).calls)).toEqual([])
  })

  it('checks the cloud and never switches it: another cloud stops the script before any change', () => {
    const china = answersFor(3, 'uami', { cloud: 'AzureChinaCloud' })
    const wrong = runOnce(china, 3, createStubState(freshWorld()))
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('az cloud set --name AzureChinaCloud')
    expect(changingCalls(wrong.calls)).toEqual([])
    const state = createStubState(freshWorld({ cloud: 'AzureChinaCloud' }))
    const right = runOnce(china, 3, state)
    expect(right.code, right.stderr).toBe(0)
    expect(readState(state, 'cloud')).toBe('AzureChinaCloud\n')
    for (const r of [wrong, right]) expect(r.calls.map(commandOf)).not.toContain('az cloud set')
    // The public cloud is checked too: az left on a sovereign cloud is not the public one.
    const onChina = runOnce(
      answersFor(3, 'uami'),
      3,
      createStubState(freshWorld({ cloud: 'AzureChinaCloud' })),
    )
    expect(onChina.code).toBe(1)
  })
})
