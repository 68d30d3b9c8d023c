import { describe, expect, it } from 'vitest'
import { diagnose } from './diagnose.ts'
import { redact } from './redact.ts'

/** Issue 15 point 7: what the review found echoed in full. Each secret must not survive, even in part. */
const CASES: [string, string, string][] = [
  ['Authorization: Basic', 'Authorization: Basic dXNlcjpodW50ZXIyLXNlY3JldA==', 'dXNlcjpodW50ZXIy'],
  ['klog escaped JSON', 'body={\\"client_secret\\":\\"s3cr3tValue99\\",\\"x\\":1}', 's3cr3tValue99'],
  ['--password flag', 'exec app --password hunter2hunter', 'hunter2hunter'],
  ['-p flag', 'mysql -u root -p Sup3rS3cret', 'Sup3rS3cret'],
  ['--client-secret=', 'az login --client-secret=Abc123secretvalue', 'Abc123secretvalue'],
  ['api-key header', 'api-key: 0123456789abcdefdeadbeef', '0123456789abcdef'],
  ['x-api-key header', 'x-api-key: myvery-secret-key-77', 'myvery-secret-key'],
  ['APIM key', 'Ocp-Apim-Subscription-Key: 9f8e7d6c5b4a39281706', '9f8e7d6c5b4a'],
  ['"apiKey" JSON', '{"apiKey":"k-9281706abcdef"}', '9281706abcdef'],
  ['opaque accessToken', '{"accessToken": "opaqueXYZ123456789", "expires": 3600}', 'opaqueXYZ123456789'],
  ['opaque refreshToken', 'refreshToken=0.AAAA-opaque-refresh-value', 'opaque-refresh-value'],
  [
    'PEM private key body',
    '-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAv1Zw3secretbody\\n-----END RSA PRIVATE KEY-----',
    'MIIEowIBAAKCAQEAv1Zw3secretbody',
  ],
  ['PEM body line alone', 'MIIEowIBAAKCAQEAv1Zw3Qx9bZk2Lq8sPf4Tg7YhN3mJcD5eR0aWuX6', 'AKCAQEAv1Zw3Qx9'],
  ['URL credentials', 'dial https://admin:Pa55w0rd!x@db.example.com:5432/app', 'Pa55w0rd'],
  ['GitHub token', 'using ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_abcdefghijkl'],
  ['Slack token', 'SLACK=xoxb-12345678901-abcdefghijkl', 'xoxb-12345678901'],
  ['AWS key ID', 'aws key AKIAIOSFODNN7EXAMPLE in use', 'AKIAIOSFODNN7EXAMPLE'],
  ['second word of a quoted password', 'password="correct horse battery"', 'horse battery'],
]

describe('redact', () => {
  it.each(CASES)('%s', (_what, line, secret) => {
    const shown = redact(line)
    expect(shown).toContain('[redacted]')
    expect(shown).not.toContain(secret)
  })

  it('leaves what is no secret alone', () => {
    for (const line of [
      'objectType: secret',
      'image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'MountVolume.SetUp failed for volume "secrets-store-inline" : rpc error',
      'password=<your-password>',
      '-p 8080:80',
    ])
      expect(redact(line)).toBe(line)
  })

  it('redacts every line the diagnosis prints, the cause and the facts included', () => {
    // The audience is quoted in the cause line, which was not redacted at all.
    const text =
      'AADSTS70021: No matching federated identity record found for presented assertion. ' +
      "Assertion Subject: 'system:serviceaccount:shop:web'. " +
      "Assertion Audience: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'. --client-secret=Abc123secretvalue"
    const d = diagnose(text)
    expect(d.findings.length).toBeGreaterThan(0)
    const printed = JSON.stringify(d)
    expect(printed).not.toContain('Abc123secretvalue')
    expect(printed).not.toContain('ghp_abcdefghijklmnop')
  })
})
