import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allCombinations, CLIENT, obj, seedAnswers } from '../../../test-support/answers.ts'
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

/** The roles the script grants, by scope: `per object` (the default) or `vault`. */
const roles = (source: string, scope: 'object' | 'vault' = 'object'): string[] => {
  const block = source.split('if [ "$PER_OBJECT_SCOPE" = true ]; then')[1]?.split('  else\n') ?? []
  const part = (scope === 'object' ? block[0] : block[1]?.split('  fi')[0]) ?? ''
  return [...part.matchAll(/grant_role '([^']*)' (\S+)/g)].map((m) => `${m[1]} ${m[2]}`)
}

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
    expect(source.split('\n').slice(0, 8)).toContain('set -euo pipefail')
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

  it('options 2 and 3 enable the add-on, with rotation only when it is needed', () => {
    const none = script(seedAnswers(), 2)
    expect(none).toContain(
      'az aks enable-addons --addons azure-keyvault-secrets-provider -g "$RG" -n "$CLUSTER" -o none\n',
    )
    expect(none).not.toContain('--enable-secret-rotation')
    // Option 2 reads Key Vault on every mount: a restarted pod gets the current version without rotation.
    const restart2 = script({ ...seedAnswers(), rotate: 'restart' }, 2)
    expect(restart2).not.toContain('--enable-secret-rotation')
    expect(restart2).not.toContain('addon update')
    for (const [rotate, option] of [
      ['restart', 3],
      ['live', 2],
      ['live', 3],
    ] as const) {
      const source = script({ ...seedAnswers(), rotate, poll: '' }, option)
      expect(source).toContain("POLL_INTERVAL='2m'")
      expect(source).toContain(
        'az aks enable-addons --addons azure-keyvault-secrets-provider -g "$RG" -n "$CLUSTER" --enable-secret-rotation --rotation-poll-interval "$POLL_INTERVAL"',
      )
      expect(source).toContain(
        '--query addonProfiles.azureKeyvaultSecretsProvider.config.rotationPollInterval -o tsv',
      )
    }
    expect(script({ ...seedAnswers(), rotate: 'live', poll: '10m' }, 2)).toContain("POLL_INTERVAL='10m'")
    expect(script(seedAnswers(), 1)).not.toContain('enable-addons')
  })

  it('option 3 without rotation does not promise that a new pod gets the current env vars', () => {
    // Env vars come from the synced Secret, which drivers up to v1.5.6 update only while rotation is on
    // (shared/reference/csi-provider-azure.md §3, kubernetes-sigs/secrets-store-csi-driver PR #1622).
    const option3 = script({ ...seedAnswers(), rotate: 'none' }, 3)
    expect(option3).not.toMatch(/so each new pod gets the\n# current version/)
    expect(option3).toMatch(
      /drivers up to v1\.5\.6 update a Secret that exists already only while rotation\n# is on/,
    )
    // Option 2 reads Key Vault on every mount: a new pod does get the current files.
    expect(script({ ...seedAnswers(), rotate: 'none', reads: 'file' }, 2)).toContain(
      'so each new pod gets the\n# current version in its files',
    )
  })

  it('workload identity: OIDC issuer, identity, federated credential for exactly this service account', () => {
    const source = script({ ...seedAnswers(), auth: 'workload' }, 2)
    expect(source).toContain(
      'az aks update -g "$RG" -n "$CLUSTER" --enable-oidc-issuer --enable-workload-identity',
    )
    // A client ID given: the identity exists and is found by it; none given: the script creates one.
    expect(source).not.toContain('az identity create')
    expect(source).toContain('az identity list --query "[?clientId==\'$CLIENT_ID\'] | [0].name" -o tsv')
    expect(script({ ...seedAnswers(), auth: 'workload', client: '' }, 2)).toContain(
      'az identity create -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --tags "akv-wizard-app=$NS/$APP" -o none',
    )
    expect(source).toContain('AKS_OIDC_ISSUER="$(az aks show')
    expect(source).toContain('SUBJECT="system:serviceaccount:${NS}:${SA}"')
    expect(source).toContain("FEDERATED_NAME='aks-cloudadventures_default_demo'")
    // The flag is --audiences (federated_credential/_create.py, _update.py); --audience is no such flag.
    expect(source).toContain('--audiences api://AzureADTokenExchange')
    // Option 1 always runs the app as a workload identity, whatever the CSI identity answer says.
    expect(script({ ...seedAnswers(), auth: 'sp' }, 1)).toContain(
      'az identity federated-credential "$FEDERATED_ACTION"',
    )
  })

  it('user-assigned identity: reads the kubelet and the add-on identity client ids', () => {
    const source = script(seedAnswers(), 3)
    expect(source).toContain(
      'az aks show -g "$RG" -n "$CLUSTER" --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv',
    )
    expect(source).toContain('--query identityProfile.kubeletidentity.clientId -o tsv')
  })

  it('system identity: never touches the scale sets in the node resource group', () => {
    const source = script({ ...seedAnswers(), auth: 'system' }, 2)
    expect(source).not.toContain('az vmss')
    expect(source).not.toContain('kubectl apply')
  })

  it('service principal: uses the given client id, adds a password only for a missing Secret', () => {
    const source = script({ ...seedAnswers(), auth: 'sp' }, 2)
    // create-for-rbac on an existing name resets the app's passwords; `ad sp list --display-name` matches
    // by prefix. Neither is used: the service principal is read by the client ID the user gave.
    expect(source).not.toContain('create-for-rbac')
    expect(source).not.toContain('--display-name "$SP_NAME"')
    expect(source).toContain(`CLIENT_ID='${CLIENT}'`)
    expect(source).toContain('PRINCIPAL_ID="$(az ad sp show --id "$CLIENT_ID" --query id -o tsv)"')
    expect(source).toContain('az ad app credential reset --id "$CLIENT_ID" --append')
    expect(source).toContain("CREDENTIALS_SECRET='demo-kv-creds'")
    expect(source).toContain('kubectl create secret generic "$CREDENTIALS_SECRET" -n "$NS"')
    expect(source).toContain('--from-literal clientid="$CLIENT_ID"')
    expect(source).not.toContain('--from-literal clientsecret')
    expect(source).toContain('--from-file clientsecret=/dev/stdin')
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
    expect(script(seedAnswers(), 3)).toContain(
      'az keyvault show -n "$KV" --subscription "$KV_SUBSCRIPTION" --query properties.tenantId -o tsv',
    )
  })

  it('grants the narrowest role per object type, per object by default, never an admin role', () => {
    const secretsOnly = script(seedAnswers(), 3)
    expect(roles(secretsOnly)).toEqual(['Key Vault Secrets User "$KV_ID/secrets/"\'mybigsecret\''])
    expect(roles(secretsOnly, 'vault')).toEqual(['Key Vault Secrets User "$KV_ID"'])
    expect(secretsOnly).toContain('PER_OBJECT_SCOPE=true')
    expect(secretsOnly).toContain('--assignee-principal-type ServicePrincipal')
    const mixed = script(
      { ...seedAnswers(), objects: [obj('a'), obj('c', { type: 'cert' }), obj('k', { type: 'key' })] },
      1,
    )
    // Certificate User would also read every secret value: keys and certificates get Key Vault Reader.
    expect(roles(mixed)).toEqual([
      'Key Vault Secrets User "$KV_ID/secrets/"\'a\'',
      'Key Vault Reader "$KV_ID/certificates/"\'c\'',
      'Key Vault Reader "$KV_ID/keys/"\'k\'',
    ])
    expect(roles(mixed, 'vault')).toEqual(['Key Vault Secrets User "$KV_ID"', 'Key Vault Reader "$KV_ID"'])
    expect(mixed).toContain('policy_permissions certificates')
    expect(mixed).toContain('POLICY_ARGS+=(--key-permissions $PERMISSIONS get)')
    const certOnly = script({ ...seedAnswers(), objects: [obj('c', { type: 'cert' })] }, 2)
    expect(roles(certOnly)).toEqual(['Key Vault Reader "$KV_ID/certificates/"\'c\''])
    expect(certOnly).not.toContain('--secret-permissions')
    for (const { answers, option } of allCombinations()) {
      const source = script(answers, option)
      expect(source).not.toContain('Administrator')
      expect(source).not.toContain('Certificate User')
    }
  })

  it('an object name cannot break out of its scope: bash reads back exactly the name', () => {
    const nasty = 'x\' $(touch pwned) `id` "q"'
    const source = script({ ...seedAnswers(), objects: [obj(nasty)] }, 2)
    const line = source
      .split('\n')
      .find((l) => l.trim().startsWith("grant_role 'Key Vault Secrets User' \"$KV_ID/"))
    const out = execFileSync('bash', ['-c', `KV_ID=/v; grant_role() { printf '%s\\0' "$@"; }; ${line}`], {
      encoding: 'utf8',
    })
    expect(out.split('\0').slice(0, 2)).toEqual(['Key Vault Secrets User', `/v/secrets/${nasty}`])
  })

  it('checks the cloud az talks to first, and never switches it', () => {
    const gov = script({ ...seedAnswers(), cloud: 'AzureUSGovernmentCloud' }, 2)
    expect(gov).toContain('AZ_CLOUD=AzureUSGovernment\n')
    expect(gov).not.toMatch(/^\s*az cloud set/m)
    expect(script(seedAnswers(), 2)).toContain('AZ_CLOUD=AzureCloud\n')
  })

  it('applies exactly the manifest files, in order, from its own folder', () => {
    const g = generate({ ...seedAnswers(), auth: 'workload' }, 2)
    const source = g.files.find((f) => f.name === 'azure-setup.sh')?.content ?? ''
    const applied = [...source.matchAll(/^ {2}-f "\$HERE\/([^"]+)"/gm)].map((m) => m[1])
    expect(applied).toEqual(g.files.filter((f) => f.kind === 'manifest').map((f) => f.name))
  })
})
