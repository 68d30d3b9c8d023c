import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PLACEHOLDER } from '../model.ts'
import {
  OBJECT_VALIDATORS,
  validateAppName,
  validateClientId,
  validateClusterName,
  validateEnvVarName,
  validateFileName,
  validateImage,
  validateKeyVaultName,
  validateMountPath,
  validateNamespace,
  validateObjectName,
  validateObjectVersion,
  validatePort,
  validateResourceGroup,
  validateServiceAccountName,
  validateSpcName,
  validateStartCommand,
  validateTenantId,
  type FieldValidator,
} from './fields.ts'
import { TEXT_VALIDATORS } from '../../validate/answers.ts'

interface Case {
  name: string
  validate: FieldValidator
  good: string[]
  bad: string[]
  /** Words every message of this validator contains: the field's name in plain words. */
  label: string
}

const a = (n: number, c = 'a'): string => c.repeat(n)

const cases: Case[] = [
  {
    name: 'application name (DNS-1123 label)',
    validate: validateAppName,
    label: 'Application name',
    good: ['demo', 'a', '0', 'my-app-2', a(63)],
    bad: ['', a(64), 'Demo', 'my_app', '-app', 'app-', 'my.app', 'my app', ' demo'],
  },
  {
    name: 'namespace (DNS-1123 label)',
    validate: validateNamespace,
    label: 'Namespace',
    good: ['default', 'team-a', a(63)],
    bad: ['', a(64), 'Team', 'kube.system'],
  },
  {
    name: 'service account (DNS-1123 subdomain)',
    validate: validateServiceAccountName,
    label: 'Service account name',
    good: ['demo', 'demo.sa', 'a.b-c.d', `${a(63)}.${a(63)}.${a(63)}.${a(61)}`],
    bad: ['', `${a(63)}.${a(63)}.${a(63)}.${a(62)}`, 'Demo', '.demo', 'demo.', 'a..b', 'a.-b', 'a_b'],
  },
  {
    name: 'SecretProviderClass name (DNS-1123 subdomain)',
    validate: validateSpcName,
    label: 'SecretProviderClass name',
    good: ['azure-cloudadventures-kv-user-msi', 'demo-keyvault'],
    bad: ['Azure-KV', 'demo-'],
  },
  {
    name: 'Key Vault name',
    validate: validateKeyVaultName,
    label: 'Key Vault name',
    good: ['kv-aks-cloudadventures', 'abc', 'A1b', a(24), 'kv-1-x'],
    bad: ['', 'ab', a(25), 'kv--x', '1kv', '-kv', 'kv-', 'kv_x', 'kv.x'],
  },
  {
    name: 'Key Vault object name',
    validate: validateObjectName,
    label: 'Key Vault object name',
    good: ['mybigsecret', 'a', 'My-Secret-2', a(127)],
    bad: ['', a(128), '1secret', '-secret', 'my_secret', 'my.secret', 'my secret'],
  },
  {
    name: 'tenant ID (GUID)',
    validate: validateTenantId,
    label: 'Tenant ID',
    good: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', '3F2504E0-4F89-11D3-9A0C-0305E82C3301'],
    bad: [
      '',
      '3f2504e04f8911d39a0c0305e82c3301',
      '{3f2504e0-4f89-11d3-9a0c-0305e82c3301}',
      '3f2504e0-4f89-11d3-9a0c-0305e82c330g',
    ],
  },
  {
    name: 'client ID (GUID)',
    validate: validateClientId,
    label: 'Client ID',
    good: ['00000000-0000-0000-0000-000000000000'],
    bad: ['00000000-0000-0000-0000-00000000000', '<client-id>'],
  },
  {
    name: 'environment variable name',
    validate: validateEnvVarName,
    label: 'Environment variable name',
    good: ['variable_from_keyvault', 'DB_PASSWORD', '_x', 'a1', 'MY-VAR', 'MY.VAR'],
    bad: ['', '1ABC', 'MY VAR', 'A=B', 'É', "it's", 'a$b'],
  },
  {
    name: 'file name (object alias)',
    validate: validateFileName,
    label: 'File name',
    good: ['tls.pem', 'certs/tls.pem', '.hidden', 'a-b_c.d', a(253)],
    bad: [
      '',
      a(254),
      '/etc/passwd',
      '../x',
      'a/../b',
      'a..b',
      'a//b',
      'a/',
      './a',
      'a/./b',
      'my file',
      'a;b',
      "a'b",
      '$x',
    ],
  },
  {
    name: 'container image',
    validate: validateImage,
    label: 'Container image',
    good: [
      'nginx',
      'nginx:1.27',
      'ghcr.io/whaakman/python-variables:v1.0',
      `mcr.microsoft.com/a/b@sha256:${a(64, 'f')}`,
      `myregistry.azurecr.io/app:1.0@sha256:${a(64, '0')}`,
      'localhost:5000/app',
      'library/nginx',
      'my_org/my__app',
      'MyRegistry.azurecr.io/app',
    ],
    bad: [
      '',
      'Nginx',
      'MyOrg/app',
      'nginx:',
      'nginx latest',
      ':1.0',
      'ghcr.io/',
      `nginx@sha256:${a(63, 'f')}`,
      `nginx@sha256:${a(64, 'F')}`,
      `nginx:${a(129)}`,
      '<container-image>',
      'ghcr.io/team/-app',
    ],
  },
  {
    name: 'container port',
    validate: validatePort,
    label: 'Container port',
    good: ['1', '80', '8080', '65535'],
    bad: ['', '0', '65536', '080', '-1', '80.0', ' 80', '8o', '1e3', '99999999999999999999'],
  },
  {
    name: 'mount path',
    validate: validateMountPath,
    label: 'Mount path',
    good: ['/mnt/secrets-store', '/kvmnt', '/a/b_c.d'],
    bad: ['', '/', '//', 'mnt/x', '/mnt/../etc', '/mnt:x', '/mnt x', 'C:\\secrets'],
  },
  {
    name: 'object version',
    validate: validateObjectVersion,
    label: 'Object version',
    good: [a(32, 'f'), 'ABCDEF0123456789abcdef0123456789'],
    bad: ['', a(31, 'f'), a(33, 'f'), `${a(31, 'f')}g`, 'latest'],
  },
  {
    name: 'resource group',
    validate: validateResourceGroup,
    label: 'Resource group',
    good: ['rg-aks', 'my_rg.(prod)', a(90)],
    bad: ['', a(91), 'rg.', 'my rg', 'rg/x', 'rg;rm'],
  },
  {
    name: 'AKS cluster name',
    validate: validateClusterName,
    label: 'AKS cluster name',
    good: ['aks-cloudadventures', 'a', 'My_Cluster1', a(63)],
    bad: ['', a(64), '-aks', 'aks_', 'aks.prod', 'aks prod'],
  },
  {
    name: 'start command',
    validate: validateStartCommand,
    label: 'Start command',
    good: ['python app.py', 'gunicorn -b 0.0.0.0:80 "app:app"', "sh -c 'exec node server.js'"],
    bad: ['', '   ', 'python\napp.py', 'python app.py\r', 'a\0b'],
  },
]

describe.each(cases)('$name', ({ validate, good, bad, label }) => {
  it.each(good)('accepts %j', (value) => {
    expect(validate(value)).toBeUndefined()
  })
  it.each(bad)('refuses %j with a message naming the field', (value) => {
    const message = validate(value)
    expect(message).toMatch(new RegExp(`^${label} `))
    expect(message).toContain('must')
  })
})

describe('messages', () => {
  it('say what is allowed, as in the brief', () => {
    expect(validateKeyVaultName('kv--x')).toBe(
      'Key Vault name "kv--x" must be 3–24 letters, digits or hyphens, start with a letter, end with a letter or digit, and have no "--"',
    )
  })

  it('tell how long a too-long value is', () => {
    expect(validateKeyVaultName(a(30))).toContain('(it has 30 characters)')
  })

  it('stay on one line and short whatever the value', () => {
    const message = validateAppName(`bad\nname ${a(500)}`) ?? ''
    expect(message).not.toContain('\n')
    expect(message).toContain('"bad\\nname')
    expect(message.length).toBeLessThan(300)
  })
})

describe('every validator', () => {
  const all = [...Object.values(TEXT_VALIDATORS), ...Object.values(OBJECT_VALIDATORS)]

  it('accepts any string without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (value) => {
        for (const validate of all) {
          const result = validate(value)
          expect(result === undefined || typeof result === 'string').toBe(true)
        }
      }),
    )
  })

  it('refuses every placeholder the generators write for a missing value', () => {
    const { object, ...text } = PLACEHOLDER
    expect(OBJECT_VALIDATORS.name(object)).toBeDefined()
    for (const [key, placeholder] of Object.entries(text) as [keyof typeof text, string][]) {
      expect(TEXT_VALIDATORS[key](placeholder), key).toBeDefined()
    }
  })
})
