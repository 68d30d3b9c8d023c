import { describe, expect, it } from 'vitest'
import { obj } from '../../../test-support/answers.ts'
import {
  createStubState,
  mutatingCalls,
  readState,
  STUB_APP_ROUTING_OBJECT_ID,
  STUB_VAULT_ID,
  type StubWorld,
} from '../../../test-support/run-script.ts'
import { answersFor, applied, freshWorld, run, writeFolder } from '../../../test-support/script-fixture.ts'
import type { Answers, OptionId } from '../../answers/model.ts'

// Certificates for an Ingress only: azure-setup.sh turns the application routing add-on on, gives its
// identity access to the vault through `az aks approuting update --enable-kv --attach-kv`, and applies the
// Ingress after it. Run twice with the stand-in az and kubectl: the second run changes nothing.

const shop = obj('shop-tls', { type: 'cert' })
const mixed = (option: OptionId, fields: Partial<Answers> = {}): Answers =>
  answersFor(option, 'workload', {
    identity: 'existing',
    objects: [...answersFor(option, 'workload').objects, shop],
    ing: 'shop-tls:shop.contoso.com',
    ...fields,
  })
const ingressOnly = (option: OptionId, fields: Partial<Answers> = {}): Answers =>
  answersFor(option, 'workload', { objects: [shop], ing: 'shop-tls', ...fields })

const APPROUTING_UPDATE = [
  ...['az', 'aks', 'approuting', 'update', '-g', 'rg-aks', '-n', 'aks-cloudadventures'],
  ...['--enable-kv', '--attach-kv', STUB_VAULT_ID, '-o', 'none'],
]
const APPROUTING_ENABLE = [
  'az',
  'aks',
  'approuting',
  'enable',
  '-g',
  'rg-aks',
  '-n',
  'aks-cloudadventures',
  '-o',
  'none',
]

interface Case {
  label: string
  option: OptionId
  answers: Answers
  world?: Partial<StubWorld>
}

const CASES: Case[] = [
  { label: 'option 3 with the driver’s sync, an RBAC vault', option: 3, answers: mixed(3) },
  { label: 'option 3 with ESO', option: 3, answers: mixed(3, { sync: 'eso' }) },
  { label: 'option 2, an access-policy vault', option: 2, answers: mixed(2), world: { rbac: false } },
  { label: 'option 1', option: 1, answers: mixed(1) },
  { label: 'every object for an Ingress only, option 3', option: 3, answers: ingressOnly(3) },
  {
    label: 'every object for an Ingress only, add-on identity, access policies',
    option: 2,
    answers: ingressOnly(2, { auth: 'uami' }),
    world: { rbac: false },
  },
  {
    label: 'application routing already on, and the Key Vault add-on too',
    option: 3,
    answers: ingressOnly(3),
    world: { appRouting: { enabled: true }, addon: { enabled: true } },
  },
]

describe('azure-setup.sh with certificates for an Ingress only', { timeout: 60_000 }, () => {
  for (const { label, option, answers, world = {} } of CASES) {
    it(`${label}: serves them through application routing, and a second run changes nothing`, () => {
      const { folder, manifests } = writeFolder(answers, option)
      expect(manifests).toContain('ingress-demo-shop-tls.yaml')
      const state = createStubState(freshWorld(world))
      const first = run(folder, state)
      expect(first.stderr).not.toMatch(/stub (az|kubectl): unknown/)
      expect(first.code, first.stderr).toBe(0)
      expect(applied(state)).toEqual(manifests.map((name) => expect.stringMatching(new RegExp(`/${name}$`))))
      expect(first.calls).toContainEqual(APPROUTING_UPDATE)
      expect(first.calls.some((c) => c.join(' ') === APPROUTING_ENABLE.join(' '))).toBe(
        world.appRouting?.enabled !== true,
      )
      // The add-on follows a new certificate version only with rotation on.
      expect(readState(state, 'addon/enabled')).toBe('true\n')
      expect(readState(state, 'addon/rotation')).toBe('true\n')
      if (world.rbac === false) {
        expect(readState(state, `vault/policies/${STUB_APP_ROUTING_OBJECT_ID}/certificates`)).toBe('Get\n')
      } else {
        expect(readState(state, 'role-assignments')).toContain(
          `Key Vault Secrets User|${STUB_VAULT_ID}|${STUB_APP_ROUTING_OBJECT_ID}\n`,
        )
      }

      const second = run(folder, state)
      expect(second.code, second.stderr).toBe(0)
      expect(mutatingCalls(second.calls)).toEqual([])
    })
  }

  it('every object for an Ingress only: no identity is made or granted for the pod', () => {
    const { folder, manifests } = writeFolder(ingressOnly(3, { client: '', identity: 'new' }), 3)
    expect(manifests).toEqual(['deployment.yaml', 'service.yaml', 'ingress-demo-shop-tls.yaml'])
    const state = createStubState(freshWorld())
    const r = run(folder, state)
    expect(r.code, r.stderr).toBe(0)
    const changes = mutatingCalls(r.calls)
    expect(changes.filter((c) => /identity (create|federated-credential)|aks update /.test(c))).toEqual([])
    // The only role assignment is the add-on's.
    expect(readState(state, 'role-assignments')).toBe(
      `Key Vault Secrets User|${STUB_VAULT_ID}|${STUB_APP_ROUTING_OBJECT_ID}\n`,
    )
  })

  it('an access policy with get on secrets only is completed, not taken as enough', () => {
    const { folder } = writeFolder(ingressOnly(3), 3)
    const state = createStubState(
      freshWorld({
        rbac: false,
        appRouting: { enabled: true },
        policies: { [STUB_APP_ROUTING_OBJECT_ID]: { secrets: ['Get'] } },
      }),
    )
    const r = run(folder, state)
    expect(r.code, r.stderr).toBe(0)
    expect(r.calls).toContainEqual(APPROUTING_UPDATE)
    expect(readState(state, `vault/policies/${STUB_APP_ROUTING_OBJECT_ID}/certificates`)).toBe('Get\n')
  })
})
