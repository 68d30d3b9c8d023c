import { describe, expect, it } from 'vitest'
import { emptyAnswers } from '../answers/model.ts'
import { diagnose } from './diagnose.ts'
import { DESCRIBE_TWO_FAILURES } from './fixtures/describe-pod.ts'
import { SAMPLES } from './fixtures/messages.ts'

const rbac = SAMPLES.find((s) => s.id === 'kv-rbac-denied')?.message ?? ''

describe('diagnose', () => {
  it('finds both failures of a described pod, the mount failure (the cause) before the missing Secret', () => {
    const { findings } = diagnose(DESCRIBE_TWO_FAILURES)
    expect(findings.map((f) => f.id)).toEqual(['kv-rbac-denied', 'synced-secret-missing'])
    const [mount, secret] = findings
    expect(mount?.evidence.line).toBe(27)
    expect(mount?.evidence.text).toMatch(/^Warning {2}FailedMount/)
    expect(mount?.facts).toContainEqual({ label: 'Vault', value: 'kv-shop' })
    expect(mount?.facts).toContainEqual({ label: 'Pod', value: 'shop/shop-api-7d9f8c6b5-x2x7k' })
    expect(secret?.facts).toContainEqual({ label: 'Service account', value: 'shop-api' })
    expect(secret?.evidence).toEqual({
      line: 28,
      text: 'Warning  Failed       12s (x9 over 2m)   kubelet            Error: secret "shop-api-kv-secrets" not found',
    })
    // The namespace comes from describe's header, far from the event line.
    expect(secret?.fix.map((s) => s.text).join('\n')).toContain(
      'kubectl get secret shop-api-kv-secrets -n shop',
    )
    // ...and so does the SecretProviderClass the volume names; the Secret is missing because the mount fails.
    expect(secret?.fix.map((s) => s.text).join('\n')).toContain('secretProviderClass: shop-api-keyvault')
    expect(secret?.cause).toMatch(/the mount fails/)
  })

  it('reports a failure repeated on many lines once, with the count', () => {
    const { findings } = diagnose([rbac, rbac, 'unrelated', rbac].join('\n'))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.occurrences).toBe(3)
    expect(findings[0]?.evidence.line).toBe(1)
  })

  it('keeps two objects denied in one text as two findings', () => {
    const other = rbac.replaceAll('db-password', 'api-key')
    expect(
      diagnose(`${rbac}\n${other}`).findings.map((f) => f.facts.find((x) => x.label === 'Object')?.value),
    ).toEqual(['db-password', 'api-key'])
  })

  it('writes the fix with names from the answers where the text has none', () => {
    const answers = {
      ...emptyAnswers(),
      kv: 'kv-from-answers',
      client: '11111111-2222-4333-8444-555555555555',
      ns: 'team',
      spc: 'team-kv',
    }
    const text =
      'Warning FailedMount MountVolume.SetUp failed: rpc error: failed to mount objects, error: keyvaultName is not provided'
    expect(
      diagnose(text, { answers })
        .findings[0]?.fix.map((s) => s.text)
        .join('\n'),
    ).toContain('keyvaultName: "kv-from-answers"')
    const denied = 'StatusCode=403 Code="Forbidden" InnerError={"code":"ForbiddenByRbac"}'
    const script =
      diagnose(denied, { answers })
        .findings[0]?.fix.map((s) => s.text)
        .join('\n') ?? ''
    expect(script).toContain('--assignee 11111111-2222-4333-8444-555555555555')
    expect(script).toContain('az keyvault show -n kv-from-answers')
    // Without answers: clear placeholders.
    expect(
      diagnose(denied)
        .findings[0]?.fix.map((s) => s.text)
        .join('\n'),
    ).toContain("--assignee '<client-id>'")
  })

  it('says what to collect when nothing is recognised', () => {
    const d = diagnose('Normal  Pulled  2m  kubelet  Container image "nginx:1.27" already present on machine')
    expect(d.findings).toEqual([])
    expect(d.collectNext.some((c) => c.startsWith('kubectl describe pod'))).toBe(true)
    expect(d.collectNext.some((c) => c.includes('secrets-store-csi-driver'))).toBe(true)
  })

  it('asks for the driver and provider logs first when a mount failed for an unknown reason', () => {
    const d = diagnose(
      'Warning  FailedMount  1m  kubelet  MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    )
    expect(d.findings).toEqual([])
    expect(d.collectNext[0]).toMatch(/secrets-store-csi-driver/)
    expect(d.collectNext[1]).toMatch(/provider-azure/)
    expect(d.notices.join(' ')).toMatch(/failed to mount/)
  })

  it('says so when the text is empty', () => {
    expect(diagnose('  \n').notices).toContain('The text is empty: paste what kubectl printed.')
  })
})

describe('secrets in the pasted text are never echoed in full', () => {
  const jwt =
    'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.eyJhdWQiOlsiYXBpOi8vQXp1cmVBRFRva2VuRXhjaGFuZ2UiXX0.c2lnbmF0dXJlLXZhbHVlLWhlcmU'
  const secret = 'abc8Q~Zx1yV2wU3tS4rQ5pO6nM7lK8jI9hG0fE1d'
  const text = [
    `${rbac} client_assertion=${jwt}`,
    `Authorization: Bearer ${jwt}`,
    `kubectl create secret generic creds --from-literal clientid=x --from-literal clientsecret=${secret}`,
    'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=Q2hhbmdlTWVQbGVhc2VJbVNlY3JldA%3D%3D&se=2026',
    'DB_PASSWORD=hunter2-very-secret',
  ].join('\n')
  const shown = JSON.stringify(diagnose(text))

  it.each([
    ['a JWT', jwt],
    ['an Entra client secret', secret],
    ['a SAS signature', 'Q2hhbmdlTWVQbGVhc2VJbVNlY3JldA'],
  ])('%s', (_what, value) => {
    expect(shown).not.toContain(value)
    expect(shown).not.toContain(value.slice(8, 30))
  })

  it('redacts the evidence line itself', () => {
    const line = `E1124 auth.go:311] token request with client_assertion=${jwt} failed: InnerError={"code":"ForbiddenByRbac"}`
    const evidence = diagnose(line).findings[0]?.evidence.text ?? ''
    expect(evidence).toMatch(/\[redacted\]/)
    expect(evidence).not.toContain(jwt.slice(10))
  })
})

describe('an error printed over several lines', () => {
  // The provider's current SDK (azure-sdk-for-go azcore ResponseError) prints the request, the status and
  // the pretty-printed JSON body on separate lines; the facts sit lines away from the code.
  const multiLine = [
    'E1124 10:02:11.523456       1 server.go:58] "failed to process mount request" err="failed to get objectType:cert, objectName:tls-cert, objectVersion:: GET https://kv-multi.vault.azure.net/certificates/tls-cert/',
    '--------------------------------------------------------------------------------',
    'RESPONSE 403: 403 Forbidden',
    'ERROR CODE: Forbidden',
    '--------------------------------------------------------------------------------',
    '{',
    '  "error": {',
    '    "code": "Forbidden",',
    "    \"message\": \"Caller is not authorized to perform action on resource.\\r\\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\\r\\nCaller: appid=0a1b2c3d-1111-4222-8333-444455556666;oid=5e6f7a8b-1111-4222-8333-444455556666;iss=https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/\\r\\nAction: 'Microsoft.KeyVault/vaults/certificates/read'\\r\\nResource: '/subscriptions/d1/resourcegroups/rg/providers/microsoft.keyvault/vaults/kv-multi/certificates/tls-cert'\\r\\nAssignment: (not found)\\r\\nDecisionReason: 'DeniedWithNoValidRBAC' \\r\\nVault: kv-multi;location=westeurope\\r\\n\",",
    '    "innererror": {',
    '      "code": "ForbiddenByRbac"',
    '    }',
    '  }',
    '}',
    '--------------------------------------------------------------------------------',
  ].join('\n')

  it('reads the object from the first line and the denial from the body, once', () => {
    const { findings } = diagnose(multiLine)
    expect(findings.map((f) => f.id)).toEqual(['kv-rbac-denied'])
    const [f] = findings
    expect(f?.evidence.line).toBe(9)
    expect(f?.occurrences).toBe(1)
    expect(f?.facts).toContainEqual({ label: 'Object', value: 'tls-cert' })
    expect(f?.facts).toContainEqual({ label: 'Object type', value: 'cert' })
    expect(f?.facts).toContainEqual({ label: 'Vault', value: 'kv-multi' })
    expect(f?.fix.map((s) => s.text).join('\n')).toContain("--role 'Key Vault Reader'")
  })
})
