import { describe, expect, it } from 'vitest'
import { emptyAnswers, emptyObject, type Answers, type KvObject } from '../answers/model.ts'
import { validateAnswers } from './answers.ts'

const TENANT = '3f2504e0-4f89-11d3-9a0c-0305e82c3301'
const CLIENT = '11111111-2222-3333-4444-555555555555'

const object = (o: Partial<KvObject> & { name: string }): KvObject => ({ ...emptyObject(o.name), ...o })

/** The seed article's scenario, complete: nothing is missing for any option. */
function complete(overrides: Partial<Answers> = {}): Answers {
  return {
    ...emptyAnswers(),
    code: 'no',
    reads: 'env',
    auth: 'uami',
    app: 'demo',
    image: 'ghcr.io/whaakman/python-variables:v1.0',
    kv: 'kv-aks-cloudadventures',
    tenant: TENANT,
    client: CLIENT,
    rg: 'rg-aks',
    cluster: 'aks-demo',
    cmd: 'python app.py',
    objects: [object({ name: 'mybigsecret', env: 'variable_from_keyvault' })],
    ...overrides,
  }
}

const keys = (answers: Answers, option: 1 | 2 | 3) =>
  validateAnswers(answers, option).map((i) => `${i.severity} ${i.key}${i.field ? `.${i.field}` : ''}`)

describe('validateAnswers', () => {
  it.each([1, 2, 3] as const)('finds nothing wrong with complete answers for option %i', (option) => {
    expect(validateAnswers(complete(), option)).toEqual([])
  })

  it('reports every invalid text answer under its permalink key, in permalink order', () => {
    const answers = complete({
      app: 'My_App',
      ns: 'Team',
      image: 'Nginx',
      port: '70000',
      sa: 'SA',
      kv: 'kv--x',
      tenant: 'not-a-guid',
      client: 'nope',
      rg: 'rg.',
      cluster: '-aks',
      mount: '/',
      spc: 'SPC',
      cmd: 'a\nb',
    })
    expect(keys(answers, 2)).toEqual(
      [
        'app',
        'ns',
        'image',
        'port',
        'sa',
        'kv',
        'tenant',
        'client',
        'rg',
        'cluster',
        'mount',
        'spc',
        'cmd',
      ].map((k) => `invalid ${k}`),
    )
  })

  it('checks text as the generators use it, without surrounding spaces', () => {
    expect(validateAnswers(complete({ app: ' demo ', kv: 'kv-aks-cloudadventures ' }), 2)).toEqual([])
  })

  it('reports bad object fields on the 1-based row, with the field', () => {
    const answers = complete({
      objects: [
        object({ name: 'mybigsecret', env: 'OK' }),
        object({ name: '1bad', env: 'MY VAR', file: '../x', version: 'latest' }),
      ],
    })
    expect(keys(answers, 2)).toEqual([
      'invalid o[2].name',
      'invalid o[2].env',
      'invalid o[2].file',
      'invalid o[2].version',
    ])
    expect(validateAnswers(answers, 2)[1]?.message).toMatch(/^Environment variable name "MY VAR" must/)
  })

  it('reports a row without a name as missing', () => {
    const answers = complete({ objects: [object({ name: 'a', env: 'A' }), object({ name: ' ', env: 'B' })] })
    expect(keys(answers, 3)).toEqual(['missing o[2].name'])
  })

  it('reports two objects mounted as the same file, on the later one', () => {
    const answers = complete({
      objects: [
        object({ name: 'db-password', env: 'A' }),
        object({ name: 'other', file: 'db-password' }),
        object({ name: 'db-password', type: 'key' }),
      ],
    })
    const issues = validateAnswers(answers, 2)
    expect(issues.map((i) => `${i.key}.${i.field}`)).toEqual(['o[2].file', 'o[3].name'])
    expect(issues[0]?.message).toBe(
      'File name "db-password" is also the file of secret 1: two objects cannot be mounted as the same file; ' +
        'set a different file name on one of them',
    )
  })

  it('reports file names that become the same key of the synced Secret, for option 3 only', () => {
    const answers = complete({
      objects: [object({ name: 'a', env: 'A', file: 'x/y' }), object({ name: 'b', env: 'B', file: 'x.y' })],
    })
    expect(keys(answers, 3)).toEqual(['invalid o[2].file'])
    expect(keys(answers, 2)).toEqual([])
  })

  it('reports a bad vault name on its object row, with Microsoft’s naming rules', () => {
    const answers = complete({
      objects: [object({ name: 'a', env: 'A', vault: 'kv--shared' }), object({ name: 'b', vault: '2kv' })],
    })
    expect(keys(answers, 2)).toEqual(['invalid o[1].vault', 'invalid o[2].vault'])
    expect(validateAnswers(answers, 2)[0]?.message).toBe(
      'Key Vault name "kv--shared" must be 3–24 letters, digits or hyphens, start with a letter, end with a letter or digit, and have no "--"',
    )
    expect(keys(complete({ objects: [object({ name: 'a', env: 'A', vault: 'kv-shared-' })] }), 2)).toEqual([
      'invalid o[1].vault',
    ])
  })

  it('lets two vaults each mount a file of one name, but not one vault written two ways', () => {
    const twoVaults = complete({
      objects: [object({ name: 'db', env: 'A' }), object({ name: 'db', env: 'B', vault: 'kv-shared' })],
    })
    expect(keys(twoVaults, 3)).toEqual([])
    // Empty means the kv vault, and Azure compares vault names without case: all one vault.
    const oneVault = complete({
      objects: [
        object({ name: 'db', env: 'A' }),
        object({ name: 'db', env: 'B', vault: 'KV-AKS-CloudAdventures' }),
      ],
    })
    expect(keys(oneVault, 3)).toEqual(['invalid o[2].name'])
    // The env vars are the one container's, whatever the vault.
    const sameEnv = complete({
      objects: [object({ name: 'a', env: 'A' }), object({ name: 'b', env: 'A', vault: 'kv-shared' })],
    })
    expect(keys(sameEnv, 3)).toEqual(['invalid o[2].env'])
  })

  it('reports an environment variable set from two objects', () => {
    const answers = complete({
      objects: [object({ name: 'a', env: 'PASSWORD' }), object({ name: 'b', env: 'PASSWORD' })],
    })
    expect(keys(answers, 2)).toEqual(['invalid o[2].env'])
  })

  it.each(['/opt/env-from-files', '/opt/env-from-files/', '/opt//env-from-files/secrets', '/opt', '/'])(
    'refuses mount path %s next to the start-up wrapper of option 2, with the mount field',
    (mount) => {
      const issues = validateAnswers(complete({ mount }), 2).filter((i) => i.key === 'mount')
      expect(issues).toHaveLength(1)
      expect(issues[0]?.severity).toBe('invalid')
    },
  )

  it('says why the mount path collides, and allows it where no wrapper is mounted', () => {
    const [issue] = validateAnswers(complete({ mount: '/opt' }), 2)
    expect(issue?.message).toBe(
      'Mount path "/opt" must not be /opt/env-from-files, inside it or around it: option 2 mounts its start-up ' +
        'wrapper there; choose another directory, such as /mnt/secrets-store',
    )
    expect(keys(complete({ mount: '/opt/env-from-files-2' }), 2)).toEqual([])
    expect(keys(complete({ mount: '/opt/env-from-files' }), 3)).toEqual([])
    const filesOnly = complete({
      mount: '/opt/env-from-files',
      reads: 'file',
      objects: [object({ name: 'a' })],
    })
    expect(keys(filesOnly, 2)).toEqual([])
  })

  describe('missing values', () => {
    const empty = { image: '', kv: '', tenant: '', client: '', rg: '', cluster: '', cmd: '', objects: [] }

    // rg and cluster are placeholders in azure-setup.sh, which every option has: the files are not ready
    // without them (an earlier release called them ready with RG='<resource-group>' in the script).
    it('option 1 needs image, vault, tenant, rg, cluster, an object, and a client ID only for an existing identity', () => {
      expect(keys(complete({ ...empty, auth: 'system', identity: 'existing' }), 1)).toEqual([
        'missing image',
        'missing kv',
        'missing tenant',
        'missing client',
        'missing rg',
        'missing cluster',
        'missing o',
      ])
      // Unanswered with no client ID means a new identity: the script creates it and fills in its client ID.
      expect(keys(complete({ ...empty, auth: 'system' }), 1)).toEqual([
        'missing image',
        'missing kv',
        'missing tenant',
        'missing rg',
        'missing cluster',
        'missing o',
      ])
    })

    it.each(['uami', 'sp', 'podidentity'] as const)(
      'options 2 and 3 need the client ID with auth %s',
      (auth) => {
        expect(keys(complete({ auth, client: '' }), 2)).toEqual(['missing client'])
        expect(keys(complete({ auth, client: '' }), 3)).toEqual(['missing client'])
      },
    )

    it('workload identity needs a client ID only for an existing identity', () => {
      expect(keys(complete({ auth: 'workload', identity: 'existing', client: '' }), 2)).toEqual([
        'missing client',
      ])
      expect(keys(complete({ auth: 'workload', identity: 'new', client: '' }), 3)).toEqual([])
    })

    it('aad-pod-identity: the client ID of the bound identity is asked for, and what it is for', () => {
      const [client] = validateAnswers(complete({ auth: 'podidentity', client: '' }), 2)
      expect(client?.message).toContain('AzureIdentity (aad-pod-identity)')
    })

    it('options 2 and 3 do not need a client ID with auth system', () => {
      expect(keys(complete({ auth: 'system', client: '' }), 2)).toEqual([])
    })

    it('options 2 and 3 assume workload identity when auth is unanswered', () => {
      expect(keys(complete({ auth: undefined, identity: 'existing', client: '' }), 3)).toEqual([
        'missing client',
      ])
    })

    it('treats blank text as missing', () => {
      expect(keys(complete({ kv: '  ' }), 2)).toEqual(['missing kv'])
    })

    it('says what a missing value is for and how to find it', () => {
      const [tenant] = validateAnswers(complete({ tenant: '' }), 2)
      expect(tenant?.message).toBe(
        "The vault's tenant ID (a GUID) is needed in the SecretProviderClass; " +
          '`az keyvault show -n kv-aks-cloudadventures --query properties.tenantId -o tsv` prints it',
      )
    })

    it('option 3 needs an object with an environment variable', () => {
      const answers = complete({ objects: [object({ name: 'tls', file: 'tls.pem' })] })
      const issues = validateAnswers(answers, 3)
      expect(keys(answers, 3)).toEqual(['missing o'])
      expect(issues[0]?.message).toContain('Option 3 syncs only objects that have an environment variable')
      // Option 2 mounts files: fine for an app that reads files, but one that reads env vars needs their names.
      expect(keys({ ...answers, reads: 'file' }, 2)).toEqual([])
      expect(keys(answers, 2)).toEqual(['missing o'])
    })

    it('option 2 needs the start command only when an object has an environment variable', () => {
      expect(keys(complete({ cmd: '' }), 2)).toEqual(['missing cmd'])
      expect(keys(complete({ cmd: '' }), 3)).toEqual([])
      expect(keys(complete({ cmd: '', reads: 'file', objects: [object({ name: 'tls' })] }), 2)).toEqual([])
    })

    it('lists the objects after the text answers', () => {
      expect(keys(complete({ objects: [], kv: 'kv--x' }), 2)).toEqual(['invalid kv', 'missing o'])
    })
  })
})
