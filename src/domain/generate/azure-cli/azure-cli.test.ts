import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allCombinations, obj, seedAnswers } from '../../../test-support/answers.ts'
import type { Answers, OptionId } from '../../answers/model.ts'
import { resolve } from '../../answers/resolve.ts'
import { generate } from '../index.ts'
import { scriptContext } from './context.ts'
import { planFor } from '../../plan/plan.ts'
import { variablesBlock } from './variables.ts'

const script = (answers: Answers, option: OptionId): string =>
  generate(answers, option).files.find((f) => f.name === 'azure-setup.sh')?.content ?? ''

const bashSyntaxError = (source: string): string => {
  try {
    execFileSync('bash', ['-n'], { input: source, stdio: ['pipe', 'pipe', 'pipe'] })
    return ''
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error)
  }
}

const roles = (source: string): string[] => [...source.matchAll(/--role '([^']*)'/g)].map((m) => m[1] ?? '')

describe('azure-setup.sh', () => {
  it('passes bash -n for every combination', () => {
    const scripts = [...new Set(allCombinations().map((c) => script(c.answers, c.option)))]
    const dir = mkdtempSync(join(tmpdir(), 'azure-setup-'))
    try {
      scripts.forEach((source, i) => writeFileSync(join(dir, `${i}.sh`), source))
      // One bash runs every check: a process per script from node would take far longer.
      const failed = execFileSync(
        'bash',
        ['-c', 'for f in "$1"/*.sh; do bash -n "$f" 2>&1 || echo "failed: $f"; done', '_', dir],
        {
          encoding: 'utf8',
        },
      )
      expect(failed).toBe('')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(bashSyntaxError('if true; then\n')).not.toBe('')
    // A bash per script: seconds on a busy two-core machine.
  }, 60_000)

  it('starts strict, with every answer in a variable at the top', () => {
    const source = script(seedAnswers(), 3)
    expect(source.split('\n').slice(0, 6)).toContain('set -euo pipefail')
    expect(source).toContain("KV='kv-aks-cloudadventures'")
    expect(source).toContain("RG='rg-aks'")
    expect(source).toContain("CLUSTER='aks-cloudadventures'")
  })

  it('keeps hostile answers as plain values: bash reads back exactly what was typed', () => {
    const nasty = 'it\'s $(touch pwned) `id` "q" \\ ; \n next line'
    const ctx = scriptContext(
      planFor(resolve({ ...seedAnswers(), auth: 'workload', rg: nasty, ns: nasty, sa: nasty }), 3),
    )
    const block = variablesBlock(ctx).join('\n')
    const out = execFileSync('bash', ['-c', `${block}\nprintf '%s\\0' "$RG" "$NS" "$SA"`], {
      encoding: 'utf8',
    })
    expect(out.split('\0').slice(0, 3)).toEqual([nasty.trim(), nasty.trim(), nasty.trim()])
  })

  it('options 2 and 3 enable the add-on, with rotation only when asked for', () => {
    const none = script(seedAnswers(), 2)
    expect(none).toContain(
      'az aks enable-addons --addons azure-keyvault-secrets-provider -g "$RG" -n "$CLUSTER"\n',
    )
    expect(none).not.toContain('--enable-secret-rotation')
    for (const rotate of ['restart', 'live'] as const) {
      const source = script({ ...seedAnswers(), rotate }, 3)
      expect(source).toContain(
        'az aks enable-addons --addons azure-keyvault-secrets-provider -g "$RG" -n "$CLUSTER" --enable-secret-rotation',
      )
      expect(source).toContain(
        'az aks addon update -g "$RG" -n "$CLUSTER" --addon azure-keyvault-secrets-provider --enable-secret-rotation',
      )
    }
    expect(script(seedAnswers(), 1)).not.toContain('enable-addons')
  })

  it('workload identity: OIDC issuer, identity, federated credential for exactly this service account', () => {
    const source = script({ ...seedAnswers(), auth: 'workload' }, 2)
    expect(source).toContain(
      'az aks update -g "$RG" -n "$CLUSTER" --enable-oidc-issuer --enable-workload-identity',
    )
    expect(source).toContain('az identity create -g "$RG" -n "$IDENTITY_NAME"')
    expect(source).toContain('AKS_OIDC_ISSUER="$(az aks show')
    expect(source).toContain('--subject "system:serviceaccount:${NS}:${SA}"')
    expect(source).toContain('--audience api://AzureADTokenExchange')
    // Option 1 always runs the app as a workload identity, whatever the CSI identity answer says.
    expect(script({ ...seedAnswers(), auth: 'sp' }, 1)).toContain('az identity federated-credential create')
  })

  it('user-assigned identity: reads the add-on identity client id', () => {
    expect(script(seedAnswers(), 3)).toContain(
      'az aks show -g "$RG" -n "$CLUSTER" --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv',
    )
  })

  it('system identity: enables it on the scale set and reads its principal id', () => {
    const source = script({ ...seedAnswers(), auth: 'system' }, 2)
    expect(source).toContain('az vmss identity assign -g "$NODE_RG" -n "$VMSS"')
    expect(source).toContain('--query principalId')
  })

  it('service principal: the credentials Secret comes from kubectl, labelled, and named as the volume names it', () => {
    const source = script({ ...seedAnswers(), auth: 'sp' }, 2)
    expect(source).toContain('az ad sp create-for-rbac --name "$SP_NAME"')
    expect(source).toContain("CREDENTIALS_SECRET='demo-kv-creds'")
    expect(source).toContain('kubectl create secret generic "$CREDENTIALS_SECRET" -n "$NS"')
    expect(source).toContain('--from-literal clientid="$SP_CLIENT_ID"')
    expect(source).toContain('--from-literal clientsecret="$CLIENT_SECRET"')
    expect(source).toContain(
      'kubectl label secret "$CREDENTIALS_SECRET" -n "$NS" secrets-store.csi.k8s.io/used=true',
    )
  })

  it('pod identity: says the binding selector must match the pod label', () => {
    expect(script({ ...seedAnswers(), auth: 'podidentity' }, 2)).toContain(
      "The binding's selector must be: $APP",
    )
  })

  it('reads the tenant from the vault', () => {
    expect(script(seedAnswers(), 3)).toContain('az keyvault show -n "$KV" --query properties.tenantId -o tsv')
  })

  it('grants the least role per object type, with access policies as the alternative, never an admin role', () => {
    const secretsOnly = script(seedAnswers(), 3)
    expect(roles(secretsOnly)).toEqual(['Key Vault Secrets User'])
    expect(secretsOnly).toContain(
      'az keyvault set-policy -n "$KV" --object-id "$PRINCIPAL_ID" --secret-permissions get -o none',
    )
    expect(secretsOnly).toContain('--assignee-principal-type ServicePrincipal')
    const mixed = script(
      { ...seedAnswers(), objects: [obj('a'), obj('c', { type: 'cert' }), obj('k', { type: 'key' })] },
      1,
    )
    expect(roles(mixed)).toEqual(['Key Vault Secrets User', 'Key Vault Certificate User'])
    expect(mixed).toContain('--secret-permissions get --certificate-permissions get --key-permissions get')
    const certOnly = script({ ...seedAnswers(), objects: [obj('c', { type: 'cert' })] }, 2)
    expect(roles(certOnly)).toEqual(['Key Vault Certificate User'])
    for (const { answers, option } of allCombinations())
      expect(script(answers, option)).not.toContain('Administrator')
  })

  it('switches az to a sovereign cloud first', () => {
    expect(script({ ...seedAnswers(), cloud: 'AzureUSGovernmentCloud' }, 2)).toContain(
      'az cloud set --name AzureUSGovernment\n',
    )
    expect(script(seedAnswers(), 2)).not.toContain('az cloud set')
  })

  it('applies exactly the manifest files, in order, from its own folder', () => {
    const g = generate({ ...seedAnswers(), auth: 'workload' }, 2)
    const source = g.files.find((f) => f.name === 'azure-setup.sh')?.content ?? ''
    const applied = [...source.matchAll(/-f "\$HERE\/([^"]+)"/g)].map((m) => m[1])
    expect(applied).toEqual(g.files.filter((f) => f.kind === 'manifest').map((f) => f.name))
  })
})
