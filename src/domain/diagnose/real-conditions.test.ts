import { describe, expect, it } from 'vitest'
import { emptyAnswers, type Answers } from '../answers/model.ts'
import { diagnose } from './diagnose.ts'
import { SAMPLES } from './fixtures/messages.ts'
import type { Finding } from './types.ts'

// Issue 14, points 14-16: what the diagnosis must recognise, in what order, and what it must not propose.

const fixText = (f: Finding | undefined) => (f?.fix ?? []).map((s) => s.text).join('\n')
const sample = (id: string) => SAMPLES.find((s) => s.id === id)?.message ?? ''

const NO_PERMISSION_CAUSES = [
  'kv-private-endpoint-public-path',
  'egress-blocked',
  'kv-object-disabled',
  'kv-version-not-found',
  'kv-throttled',
  'sp-secret-expired',
  'pod-identity-nmi-404',
  'dns-no-such-host',
  'sync-tls-key-missing',
]

// Node.js @azure/identity: Azure/azure-sdk-for-js sdk/identity/identity/src/credentials/workloadIdentityCredential.ts.
const NODE_CHAIN = [
  'AggregateAuthenticationError: ChainedTokenCredential authentication failed.',
  'CredentialUnavailableError: EnvironmentCredential is unavailable. No underlying credential could be used. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.',
  'CredentialUnavailableError: WorkloadIdentityCredential: is unavailable. tenantId, clientId, and federatedTokenFilePath are required parameters. ',
  '      In DefaultAzureCredential and ManagedIdentityCredential, these can be provided as environment variables - ',
  '      "AZURE_TENANT_ID",',
  '      "AZURE_CLIENT_ID",',
  '      "AZURE_FEDERATED_TOKEN_FILE". See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot',
].join('\n')

// Go azidentity's DefaultAzureCredential listing (sdk/azidentity default_azure_credential.go): workload identity
// unavailable, then IMDS answering for the node (Identity not found, from provider issue #197's body).
const GO_CHAIN = [
  'DefaultAzureCredential: failed to acquire a token.',
  'Attempted credentials:',
  '\tEnvironmentCredential: missing environment variable AZURE_TENANT_ID',
  '\tWorkloadIdentityCredential: no client ID specified. Check pod configuration or set ClientID in the options',
  "\tManagedIdentityCredential authentication failed. the requested identity isn't assigned to this resource",
  'GET http://169.254.169.254/metadata/identity/oauth2/token',
  'RESPONSE 400 Bad Request',
  '{"error":"invalid_request","error_description":"Identity not found"}',
].join('\n')

// Python azure-identity's listing, with IMDS refusing to choose among the node's identities (provider #725's text).
const PYTHON_CHAIN = [
  'azure.core.exceptions.ClientAuthenticationError: DefaultAzureCredential failed to retrieve a token from the included credentials.',
  'Attempted credentials:',
  '\tEnvironmentCredential: EnvironmentCredential authentication unavailable. Environment variables are not fully configured.',
  "\tWorkloadIdentityCredential: WorkloadIdentityCredential authentication unavailable. The workload options are not fully configured. Missing required arguments: 'tenant_id', 'client_id', 'token_file_path'.",
  '\tManagedIdentityCredential: (invalid_request) Multiple user assigned identities exist, please specify the clientId / resourceId of the identity in the token request',
].join('\n')

describe('14. causes that are not a permission', () => {
  it.each(NO_PERMISSION_CAUSES)(
    '%s: recognised first, and no finding proposes a role or an access policy',
    (id) => {
      const { findings } = diagnose(sample(id))
      expect(findings[0]?.id).toBe(id)
      for (const f of findings) {
        expect(fixText(f), f.id).not.toMatch(/az role assignment|set-policy|--role /)
        expect(f.cause, f.id).not.toMatch(/no role|not authori[sz]ed/i)
      }
    },
  )

  it('a disabled secret: enable it again, by name', () => {
    expect(fixText(diagnose(sample('kv-object-disabled')).findings[0])).toContain(
      'az keyvault secret set-attributes --vault-name kv-demo -n db-password --enabled true',
    )
  })

  it('a pinned version that does not exist is not reported as a missing secret', () => {
    const ids = diagnose(sample('kv-version-not-found')).findings.map((f) => f.id)
    expect(ids).toEqual(['kv-version-not-found'])
    expect(fixText(diagnose(sample('kv-version-not-found')).findings[0])).toContain(
      'az keyvault secret list-versions --vault-name kv-demo -n db-password',
    )
  })

  it('egress: a timeout to login.microsoftonline.com or the vault, whatever the wording', () => {
    const dial = `MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to mount objects, error: Get "https://kv-demo.vault.azure.net/secrets/db-password/": dial tcp 20.61.146.97:443: i/o timeout`
    expect(diagnose(dial).findings[0]?.id).toBe('egress-blocked')
    expect(diagnose(dial).findings[0]?.cause).toContain('kv-demo.vault.azure.net')
  })

  it('egress: the older provider’s vault read that times out names no host, and is the same cause', () => {
    const autorest = `MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod shop/demo, err: rpc error: code = Unknown desc = failed to mount objects, error: failed to get objectType:secret, objectName:db-password, objectVersion:: keyvault.BaseClient#GetSecret: Failure sending request: StatusCode=0 -- Original Error: context deadline exceeded`
    const f = diagnose(autorest).findings[0]
    expect(f?.id).toBe('egress-blocked')
    expect(f?.cause).toContain('.vault.azure.net got no answer')
    expect(fixText(f)).not.toMatch(/role assignment/)
  })

  it('DNS: the vault name no resolver knows points at keyvaultName', () => {
    const f = diagnose(sample('dns-no-such-host')).findings[0]
    expect(f?.cause).toMatch(/no vault is named "kv-demoo"/)
  })

  it('an expired service principal secret: renewed with a new password, the old one deleted by key id', () => {
    const fix = fixText(diagnose(sample('sp-secret-expired')).findings[0])
    expect(fix).toContain(
      'az ad app credential reset --id 2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091 --append --years 1',
    )
    expect(fix).toContain('az ad app credential delete --id 2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091 --key-id')
  })

  it("the Node.js SDK's workload identity wording is recognised", () => {
    expect(diagnose(NODE_CHAIN).findings.map((f) => f.id)).toEqual(['wi-pod-not-injected'])
  })
})

describe('15. an SDK app whose workload identity is missing: that is the cause, IMDS its symptom', () => {
  it.each([
    ['Go', GO_CHAIN],
    ['Python', PYTHON_CHAIN],
  ])(
    '%s: the missing label ranks first, and no finding proposes a SecretProviderClass change',
    (_lang, text) => {
      const { findings } = diagnose(text)
      expect(findings[0]?.id).toBe('wi-pod-not-injected')
      expect(fixText(findings[0])).toContain('azure.workload.identity/use: "true"')
      expect(findings.length).toBeGreaterThan(1)
      for (const f of findings.slice(1)) {
        expect(f.cause, f.id).toMatch(/follows from the missing workload identity/)
        expect(fixText(f), f.id).not.toMatch(/userAssignedIdentityID|SecretProviderClass|az vmss/)
      }
    },
  )

  it('an IMDS error on its own (a CSI mount) still gets its SecretProviderClass fix', () => {
    const f = diagnose(sample('imds-several-identities')).findings[0]
    expect(fixText(f)).toContain('userAssignedIdentityID')
  })
})

describe('16. a key missing from a synced Secret', () => {
  const text = sample('synced-secret-key-missing')

  it('the title says the key is missing, not the Secret', () => {
    const f = diagnose(text).findings[0]
    expect(f?.id).toBe('synced-secret-key-missing')
    expect(f?.title).not.toMatch(/does not exist/)
    expect(f?.title).toMatch(/lacks the key/)
    expect(f?.cause).toMatch(/exists but has no key "db-password"/)
  })

  it('with an alias in the answers, points to the key the wizard generates', () => {
    const answers: Answers = {
      ...emptyAnswers(),
      app: 'demo',
      objects: [
        {
          name: 'db-password',
          type: 'secret',
          env: 'DB_PASSWORD',
          file: 'db/password.txt',
          version: '',
          vault: '',
        },
      ],
    }
    const f = diagnose(text, { answers }).findings[0]
    expect(f?.cause).toContain('under the key "db.password.txt"')
    expect(fixText(f)).toContain('key: db.password.txt')
    expect(fixText(f)).toContain('name: DB_PASSWORD')
  })

  it('a missing Secret is still its own finding', () => {
    expect(
      diagnose('Warning  Failed  8s  kubelet  Error: secret "demo-kv-secrets" not found').findings[0]?.id,
    ).toBe('synced-secret-missing')
  })
})
