import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createStubState, readState, runWithStubs, STUB_VAULT_ID } from '../../test-support/run-script.ts'
import { federation } from './akv2k8s/federation.ts'
import { convertAkv2k8s } from './akv2k8s/convert.ts'
import { resolve } from './shared/bridge.ts'
import { readInputs } from './read.ts'
import { akvs, CLIENT, complete, deployment, rowsOf, run } from './test-kit.ts'

// Issue 14 point 3. akv2k8s read the vault with its own identity (controller/webhook `keyVaultAuth`), so
// the service accounts the workloads run as have no federated credential; with workload identity the
// driver exchanges the pod's service account token (provider docs: workload-identity-mode).
const withSa = (sa: string) => `      serviceAccountName: ${sa}\n`
const inputs = [
  akvs({ name: 'db', ns: 'shop', object: 'db-password' }),
  akvs({ name: 'tls', ns: 'shop', object: 'web', type: 'certificate' }),
  deployment(['{name: DB, value: db@azurekeyvault}'], '', 'orders', 'shop').replace(
    '      containers:',
    `${withSa('orders-sa')}      containers:`,
  ),
  deployment(['{name: DB, value: db@azurekeyvault}'], '', 'billing', 'shop').replace(
    '      containers:',
    `${withSa('orders-sa')}      containers:`,
  ),
  deployment(['{name: CRT, value: "tls@azurekeyvault?tls.crt"}'], '', 'web', 'shop'),
]
const answers = { auth: 'workload' as const, rg: 'rg-aks', cluster: 'aks-prod', sa: 'shop-sa' }

describe('workload identity for the service accounts the workloads already use', () => {
  it('one report row and one first clean-up step per distinct (namespace, service account), then the grant', () => {
    const r = run(inputs, answers)
    expect(rowsOf(r, /^ServiceAccount /).map((row) => row.construct)).toEqual([
      'ServiceAccount shop/orders-sa (Deployment orders, Deployment billing)',
      'ServiceAccount shop/shop-sa (Deployment web)',
    ])
    expect(rowsOf(r, /^ServiceAccount shop\/orders-sa/)[0]).toMatchObject({
      status: 'caveat',
      todo: expect.stringMatching(/subject system:serviceaccount:shop:orders-sa/),
    })
    expect(r.cleanup[0]).toMatch(
      /^Before applying anything, let identity .* trust service account shop\/orders-sa/,
    )
    expect(r.cleanup[0]).toContain(
      "--subject 'system:serviceaccount:shop:orders-sa' --audiences api://AzureADTokenExchange",
    )
    expect(r.cleanup[0]).toContain(
      `AKS_OIDC_ISSUER="$(az aks show -g 'rg-aks' -n 'aks-prod' --query oidcIssuerProfile.issuerUrl -o tsv)"`,
    )
    expect(r.cleanup[1]).toMatch(/trust service account shop\/shop-sa/)
    expect(r.cleanup[2]).toMatch(/^Give identity .* read access/)
    expect(r.cleanup[3]).toMatch(/^Apply the SecretProviderClasses/)
  })

  it('the commands create each credential and grant with the stand-in az: issuer from the cluster, per-object scopes', () => {
    const input = readInputs(inputs.map((text, i) => ({ name: `in${i}.yaml`, text })))
    const rr = resolve(complete(answers))
    const { commands } = federation(convertAkv2k8s(input.docs, rr), rr)
    const state = createStubState({
      vaultTenant: 'tenant',
      rbac: true,
      oidc: true,
      workloadIdentity: true,
      identities: [{ rg: 'rg-identities', name: 'shop-id', clientId: CLIENT, principalId: 'principal-1' }],
    })
    const dir = mkdtempSync(join(tmpdir(), 'akv-fic-'))
    writeFileSync(join(dir, 'steps.sh'), ['set -euo pipefail', ...commands].join('\n'))
    if (spawnSync('shellcheck', ['--version']).status === 0) {
      const lint = spawnSync('shellcheck', ['-s', 'bash', join(dir, 'steps.sh')], { encoding: 'utf8' })
      expect(lint.stdout).toBe('')
    }
    const ran = runWithStubs(join(dir, 'steps.sh'), state, dir)
    expect(ran.stderr).toBe('')
    expect(ran.code).toBe(0)
    const fic = (name: string) => readState(state, `identities/rg-identities/shop-id/fic-${name}`)
    expect(fic('aks-prod-shop-orders-sa')).toBe(
      'https://oidc.example.test/aks-prod/\nsystem:serviceaccount:shop:orders-sa\napi://AzureADTokenExchange\n',
    )
    expect(fic('aks-prod-shop-shop-sa')).toMatch(
      /^https:\/\/oidc\.example\.test\/aks-prod\/\nsystem:serviceaccount:shop:shop-sa\n/,
    )
    // A second run finds both credentials and creates none.
    const again = runWithStubs(join(dir, 'steps.sh'), state, dir)
    expect(again.code).toBe(0)
    expect(
      again.calls.filter((c) => c.slice(1, 4).join(' ') === 'identity federated-credential create'),
    ).toEqual([])
    expect(readState(state, 'role-assignments')?.split('\n').filter(Boolean).sort()).toEqual([
      `Key Vault Reader|${STUB_VAULT_ID}/certificates/web|principal-1`,
      `Key Vault Secrets User|${STUB_VAULT_ID}/secrets/db-password|principal-1`,
    ])
  })

  it('no federated credential for other identities: the node or service principal reads the vault', () => {
    for (const auth of ['uami', 'sp', 'system'] as const) {
      const r = run(inputs, { ...answers, auth })
      expect(rowsOf(r, /^ServiceAccount /)).toEqual([])
      expect(r.cleanup.join('\n')).not.toMatch(/federated-credential/)
    }
  })
})
