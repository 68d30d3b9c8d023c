import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { obj, seedAnswers } from '../../../test-support/answers.ts'
import { LANG_VALUES, type Answers, type KvObject, type Lang } from '../../answers/model.ts'
import { resolve } from '../../answers/resolve.ts'
import { codeSample } from './index.ts'
import { stringLiteral, type LiteralStyle } from './literal.ts'

const sample = (lang: Lang, objects: KvObject[]): string =>
  codeSample(resolve({ ...seedAnswers(), lang, objects })).content

const HOSTILE = 'a"b\\c\n*/ // \u2028 ${x} {0} %s \\u000a é😀'

const hasTool = (tool: string, args: string[]): boolean => {
  try {
    execFileSync(tool, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function withFile<T>(name: string, content: string, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'sample-'))
  try {
    writeFileSync(join(dir, name), content)
    return use(join(dir, name))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('string literals', () => {
  it('JavaScript reads back exactly the text, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(new Function(`return ${stringLiteral(text, 'javascript')}`)()).toBe(text)
      }),
    )
  })

  it.each(['python', 'csharp', 'java', 'javascript', 'go'] as LiteralStyle[])(
    '%s: one line of printable ASCII, quotes and backslashes escaped',
    (style) => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          expect(stringLiteral(text, style)).toMatch(/^"(?:[ !#-[\]-~]|\\.)*"$/)
        }),
      )
    },
  )

  it('Java never writes a \\u escape for a control character, which Java would turn into a raw line break', () => {
    expect(stringLiteral('a\nb', 'java')).toBe('"a\\012b"')
  })

  it.skipIf(!hasTool('python3', ['--version']))('Python reads back exactly the text', () => {
    const texts = [HOSTILE, '\u0000\u0001\u007f', '\ud83d', 'plain-name', '\u{10ffff}']
    const program = `import json\nprint(json.dumps([${texts.map((t) => stringLiteral(t, 'python')).join(', ')}]))\n`
    const out = execFileSync('python3', ['-c', program], { encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual(texts)
  })
})

describe('code samples', () => {
  const mixed = [
    obj('db-password', { env: 'DB_PASSWORD' }),
    obj('tls-cert', { type: 'cert', version: 'v1' }),
    obj('signing-key', { type: 'key' }),
  ]

  it.each(LANG_VALUES)('%s reads from KEY_VAULT_URL with DefaultAzureCredential', (lang) => {
    const source = sample(lang, mixed)
    expect(source).toContain('KEY_VAULT_URL')
    expect(source).toContain('DefaultAzureCredential')
  })

  it.each([
    [
      'python',
      ['pip install azure-identity azure-keyvault-secrets azure-keyvault-certificates azure-keyvault-keys'],
    ],
    [
      'dotnet',
      [
        'dotnet add package Azure.Security.KeyVault.Secrets',
        'dotnet add package Azure.Security.KeyVault.Keys',
      ],
    ],
    ['java', ['com.azure:azure-security-keyvault-certificates', 'com.azure:azure-identity']],
    [
      'node',
      [
        'npm install @azure/identity @azure/keyvault-secrets @azure/keyvault-certificates @azure/keyvault-keys',
      ],
    ],
    ['go', ['go get github.com/Azure/azure-sdk-for-go/sdk/security/keyvault/azkeys']],
  ] as const)('%s lists the packages to install', (lang, expected) => {
    const source = sample(lang, mixed)
    for (const line of expected) expect(source).toContain(line)
  })

  it.each([
    [
      'python',
      'secret_client.get_secret("db-password")',
      'certificate_client.get_certificate_version("tls-cert", "v1")',
      'key_client.get_key("signing-key")',
    ],
    [
      'dotnet',
      'secretClient.GetSecret("db-password")',
      'certificateClient.GetCertificateVersion("tls-cert", "v1")',
      'keyClient.GetKey("signing-key")',
    ],
    [
      'java',
      'secretClient.getSecret("db-password")',
      'certificateClient.getCertificateVersion("tls-cert", "v1")',
      'keyClient.getKey("signing-key")',
    ],
    [
      'node',
      'secretClient.getSecret("db-password")',
      'certificateClient.getCertificateVersion("tls-cert", "v1")',
      'keyClient.getKey("signing-key")',
    ],
    [
      'go',
      'secretClient.GetSecret(ctx, "db-password", "", nil)',
      'certificateClient.GetCertificate(ctx, "tls-cert", "v1", nil)',
      'keyClient.GetKey(ctx, "signing-key", "", nil)',
    ],
  ] as const)('%s reads each object with the client for its type', (lang, secret, cert, key) => {
    const source = sample(lang, mixed)
    expect(source).toContain(secret)
    expect(source).toContain(cert)
    expect(source).toContain(key)
  })

  it.each(LANG_VALUES)(
    '%s: only the clients it needs, and says how to get a certificate private key',
    (lang) => {
      const secretsOnly = sample(lang, [obj('a')])
      expect(secretsOnly).not.toMatch(/CertificateClient|azcertificates|KeyClient|azkeys/)
      expect(sample(lang, [obj('c', { type: 'cert' })])).toContain(
        'to get its private key, read the secret of the same name',
      )
    },
  )

  it.each(LANG_VALUES)('%s: a hostile name appears only as an escaped literal', (lang) => {
    const source = sample(lang, [obj(HOSTILE, { env: HOSTILE })])
    expect(source).not.toContain('\u2028')
    expect(source).not.toContain('a"b')
    expect(source).not.toContain('\n*/')
  })

  it('the JavaScript sample parses with any names', () => {
    const answers: Answers = {
      ...seedAnswers(),
      lang: 'node',
      objects: [obj(HOSTILE), obj(HOSTILE, { type: 'cert', version: HOSTILE })],
    }
    const source = codeSample(resolve(answers)).content
    withFile('app.js', source, (path) => execFileSync('node', ['--check', path], { stdio: 'pipe' }))
  })

  it.skipIf(!hasTool('python3', ['--version']))('the Python sample compiles with any names', () => {
    const source = sample('python', [
      obj(HOSTILE, { env: HOSTILE }),
      obj(HOSTILE, { type: 'key', version: '\u0000' }),
    ])
    withFile('app.py', source, (path) =>
      execFileSync('python3', ['-m', 'py_compile', path], { stdio: 'pipe' }),
    )
  })
})
