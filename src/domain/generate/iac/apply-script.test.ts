import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CLIENT, obj, seedAnswers, TENANT } from '../../../test-support/answers.ts'
import {
  commandOf,
  createStubState,
  readState,
  runWithStubs,
  STUB_SUBSCRIPTION,
} from '../../../test-support/run-script.ts'
import type { Answers, OptionId } from '../../answers/model.ts'
import { PLACEHOLDER } from '../../answers/model.ts'
import { runnableFolder } from '../bundle.ts'
import { generate } from '../index.ts'

// apply.sh run end to end with the stand-in az, terraform and kubectl (src/test-support/stub-tools) from
// another working directory: the IaC is applied first, then the manifests with the client ID it put out.

const NEW_CLIENT_ID = '9f8e7d6c-5b4a-4321-8fed-cba987654321'
const cleanup: string[] = []
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanup.push(dir)
  return dir
}

function writeFolder(answers: Answers, option: OptionId): { folder: string; manifests: string[] } {
  const folder = tempDir('akv-iac-folder-')
  const g = generate(answers, option)
  for (const f of runnableFolder(g, [])) {
    mkdirSync(dirname(join(folder, f.name)), { recursive: true })
    writeFileSync(join(folder, f.name), f.content)
  }
  return { folder, manifests: g.files.filter((f) => f.kind === 'manifest').map((f) => f.name) }
}

function run(answers: Answers, option: OptionId) {
  const { folder, manifests } = writeFolder(answers, option)
  const state = createStubState({
    vaultTenant: TENANT,
    rbac: false,
    iacClientId: NEW_CLIENT_ID,
    identities: [{ rg: 'rg-identities', name: 'shared-identity', clientId: CLIENT, principalId: 'p' }],
  })
  const result = runWithStubs(join(folder, 'apply.sh'), state, tempDir('akv-cwd-'))
  return { ...result, state, manifests, commands: result.calls.map(commandOf) }
}

const optionOneNew: Answers = {
  ...seedAnswers(),
  code: 'yes',
  auth: 'workload',
  client: '',
  objects: [obj('db-password'), obj('signing-key', { type: 'key' })],
}

describe('apply.sh with stand-in tools', { timeout: 60_000 }, () => {
  it('Terraform, new identity: applies the Terraform first, then the manifests with its client ID', () => {
    const r = run({ ...optionOneNew, iac: 'terraform' }, 1)
    expect(r.code, r.stderr).toBe(0)
    const at = (tool: string, word: string): number =>
      r.calls.findIndex((c) => c[0] === tool && c.includes(word))
    const order = [
      at('terraform', 'init'),
      at('terraform', 'apply'),
      at('terraform', 'output'),
      at('kubectl', 'apply'),
    ]
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const applied = readState(r.state, 'iac/applied') ?? ''
    expect(applied).toContain(`subscription_id=${STUB_SUBSCRIPTION}`)
    expect(applied).toContain('key_vault_resource_group_name=rg-kv')
    for (const name of r.manifests) {
      const content = readState(r.state, `k8s/applied/${name}`) ?? ''
      expect(content).not.toContain(PLACEHOLDER.client)
    }
    expect(readState(r.state, 'k8s/applied/serviceaccount.yaml')).toContain(NEW_CLIENT_ID)
    // No az call changes Azure: the Terraform does all of it.
    expect(r.commands.filter((c) => /^az .*(create|update|assign|set-policy)/.test(c))).toEqual([])
  })

  it('Terraform with External Secrets Operator: helm installs the operator once, before the manifests', () => {
    const answers: Answers = { ...seedAnswers(), auth: 'workload', client: '', sync: 'eso', iac: 'terraform' }
    const { folder } = writeFolder(answers, 3)
    const state = createStubState({ vaultTenant: TENANT, rbac: true, iacClientId: NEW_CLIENT_ID })
    const first = runWithStubs(join(folder, 'apply.sh'), state, tempDir('akv-cwd-'))
    expect(first.code, first.stderr).toBe(0)
    const commands = first.calls.map(commandOf)
    const install = commands.findIndex((c) => c.startsWith('helm install external-secrets'))
    // After the Terraform, before the manifests are applied (the last kubectl apply).
    expect(install).toBeGreaterThan(commands.lastIndexOf('terraform'))
    expect(install).toBeLessThan(commands.lastIndexOf('kubectl apply'))
    expect(readState(state, 'k8s/applied/externalsecret.yaml')).toContain('kind: ExternalSecret')
    const second = runWithStubs(join(folder, 'apply.sh'), state, tempDir('akv-cwd-'))
    expect(second.code, second.stderr).toBe(0)
    expect(second.calls.map(commandOf).filter((c) => c.startsWith('helm install'))).toEqual([])
  })

  it('Bicep, existing identity: found by client ID, deployed to its resource group with the vault facts', () => {
    const r = run({ ...seedAnswers(), auth: 'workload', identity: 'existing', iac: 'bicep' }, 2)
    expect(r.code, r.stderr).toBe(0)
    const deployed = readState(r.state, 'iac/deployed') ?? ''
    expect(deployed).toMatch(/^-g\nrg-identities$/m)
    expect(deployed).toContain('keyVaultResourceGroup=rg-kv')
    expect(deployed).toContain('keyVaultUsesRbac=false')
    expect(deployed).toContain('appIdentityName=shared-identity')
    expect(r.commands.indexOf('az deployment group create')).toBeLessThan(r.commands.indexOf('kubectl apply'))
  })

  it('Bicep, add-on identity: the client ID from the deployment outputs fills the SecretProviderClass', () => {
    const r = run({ ...seedAnswers(), auth: 'uami', client: '', iac: 'bicep' }, 3)
    expect(r.code, r.stderr).toBe(0)
    expect(readState(r.state, 'k8s/applied/secretproviderclass.yaml')).toContain(NEW_CLIENT_ID)
  })

  it('add-on identity with a client ID given: stops before the manifests when the add-on has another', () => {
    const r = run({ ...seedAnswers(), auth: 'uami', iac: 'bicep' }, 3)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain(`but the add-on identity is ${NEW_CLIENT_ID}`)
    expect(r.calls.some((c) => c[0] === 'kubectl' && c.includes('apply'))).toBe(false)
  })

  it('stops before any change when the vault is in another tenant', () => {
    const { folder } = writeFolder({ ...optionOneNew, iac: 'terraform' }, 1)
    const state = createStubState({ vaultTenant: '11111111-1111-1111-1111-111111111111', rbac: true })
    const r = runWithStubs(join(folder, 'apply.sh'), state, tempDir('akv-cwd-'))
    expect(r.code).not.toBe(0)
    expect(r.calls.some((c) => c[0] === 'terraform')).toBe(false)
  })

  it('two vaults: each found and checked, and its resource group (and model) passed to the IaC', () => {
    const twoVaults = [obj('db-password'), obj('api-key', { vault: 'kv-shared' })]
    const world = (tenant = TENANT) =>
      createStubState({
        vaultTenant: TENANT,
        rbac: true,
        iacClientId: NEW_CLIENT_ID,
        otherVaults: {
          'kv-shared': { tenant, id: '/subscriptions/s/resourceGroups/rg-kv/v/kv-shared', rbac: false },
        },
      })
    for (const iac of ['terraform', 'bicep'] as const) {
      const { folder } = writeFolder({ ...optionOneNew, objects: twoVaults, iac }, 1)
      const state = world()
      const r = runWithStubs(join(folder, 'apply.sh'), state, tempDir('akv-cwd-'))
      expect(r.code, r.stderr).toBe(0)
      const shows = r.calls.filter((c) => c[1] === 'keyvault' && c[2] === 'show').map((c) => c.join(' '))
      expect(shows.some((c) => c.includes('kv-shared'))).toBe(true)
      expect(shows.some((c) => c.includes('kv-aks-cloudadventures'))).toBe(true)
      if (iac === 'terraform') {
        const applied = readState(state, 'iac/applied') ?? ''
        expect(applied).toContain('kv_resource_group_name=rg-kv')
        expect(applied).toContain('kv_2_resource_group_name=rg-kv')
      } else {
        const deployed = readState(state, 'iac/deployed') ?? ''
        expect(deployed).toContain('kvVaultUsesRbac=true')
        expect(deployed).toContain('kv_2VaultUsesRbac=false')
      }
      // The second vault in another tenant stops it before the IaC runs.
      const other = world('11111111-1111-1111-1111-111111111111')
      const stopped = runWithStubs(join(folder, 'apply.sh'), other, tempDir('akv-cwd-'))
      expect(stopped.code).not.toBe(0)
      expect(stopped.stderr).toContain('vault kv-shared is in tenant 11111111-1111-1111-1111-111111111111')
      expect(stopped.calls.some((c) => c[0] === 'terraform' || c.includes('deployment'))).toBe(false)
    }
  })

  it('shellcheck finds nothing in apply.sh, for both formats', () => {
    for (const iac of ['terraform', 'bicep'] as const)
      for (const answers of [
        optionOneNew,
        { ...seedAnswers(), auth: 'workload' as const, identity: 'existing' as const },
        { ...optionOneNew, objects: [obj('db-password'), obj('api-key', { vault: 'kv-shared' })] },
      ]) {
        const { folder } = writeFolder({ ...answers, iac }, 1)
        const sc = spawnSync('shellcheck', ['-s', 'bash', join(folder, 'apply.sh')], { encoding: 'utf8' })
        expect(sc.stdout + sc.stderr, readFileSync(join(folder, 'apply.sh'), 'utf8')).toBe('')
      }
  })
})

// Certificates for an Ingress only: Terraform and Bicep read the cluster and never change it, and azurerm's
// cluster data source exports no application routing identity, so apply.sh turns the add-on's Key Vault
// access on with az before it applies the Ingress; a second run changes nothing.
describe('apply.sh with a certificate for an Ingress only', { timeout: 60_000 }, () => {
  for (const iac of ['terraform', 'bicep'] as const) {
    it(`${iac}: attaches the vault to application routing before the Ingress is applied, once`, () => {
      const answers: Answers = {
        ...optionOneNew,
        iac,
        objects: [...optionOneNew.objects, obj('shop-tls', { type: 'cert' })],
        ing: 'shop-tls:shop.contoso.com',
      }
      const { folder, manifests } = writeFolder(answers, 1)
      expect(manifests).toContain('ingress-demo-shop-tls.yaml')
      const state = createStubState({ vaultTenant: TENANT, rbac: true, iacClientId: NEW_CLIENT_ID })
      const first = runWithStubs(join(folder, 'apply.sh'), state, tempDir('akv-cwd-'))
      expect(first.code, first.stderr).toBe(0)
      const at = (words: string): number => first.calls.findIndex((c) => c.join(' ').startsWith(words))
      expect(at('az aks approuting update')).toBeGreaterThan(at('az aks approuting enable'))
      const ingressApplied = first.calls.findIndex(
        (c) => c[0] === 'kubectl' && c.some((a) => a.endsWith('ingress-demo-shop-tls.yaml')),
      )
      expect(ingressApplied).toBeGreaterThan(at('az aks approuting update'))
      expect(readState(state, 'role-assignments')).toContain('Key Vault Secrets User|')
      const second = runWithStubs(join(folder, 'apply.sh'), state, tempDir('akv-cwd-'))
      expect(second.code, second.stderr).toBe(0)
      expect(second.calls.map(commandOf).filter((c) => c.startsWith('az aks approuting'))).toEqual([])
    })
  }

  it('every object for an Ingress only: no IaC, azure-setup.sh says why and does it', () => {
    const g = generate(
      { ...optionOneNew, iac: 'terraform', objects: [obj('shop-tls', { type: 'cert' })], ing: 'shop-tls' },
      3,
    )
    expect(g.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['azure-setup.sh', 'azure/README.md', 'ingress-demo-shop-tls.yaml']),
    )
    expect(g.files.find((f) => f.name === 'azure/README.md')?.content).toContain(
      'Terraform is not generated. Every Key Vault object is for an Ingress only',
    )
  })
})
