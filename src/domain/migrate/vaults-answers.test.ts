import { describe, expect, it } from 'vitest'
import { generate } from '../generate/index.ts'
import { decodePermalink, encodePermalink } from '../permalink/codec.ts'
import { answersFromInput, mergeAnswers } from './answers-from-input.ts'
import { readInputs } from './read.ts'
import { akvs, complete, deployment } from './test-kit.ts'

// The importer already makes one class per namespace and vault; "Fill the answers" now carries each
// object's vault too (issue 17), so the wizard's own files read both vaults.

const stream = [
  akvs({ name: 'db', vault: 'kv-app', object: 'db-password' }),
  akvs({ name: 'api', vault: 'kv-shared', object: 'api-key' }),
  akvs({ name: 'tls', vault: 'KV-APP', object: 'tls-key' }),
  deployment([
    '{name: DB_PASSWORD, value: db@azurekeyvault}',
    '{name: API_KEY, value: api@azurekeyvault}',
    '{name: TLS_KEY, value: tls@azurekeyvault}',
  ]),
].join('---\n')

describe('the answers an akv2k8s stream reading two vaults fills', () => {
  const input = readInputs([{ name: 'in.yaml', text: stream }])
  const found = answersFromInput(input)

  it('names the first vault kv and gives each object of the other its VAULT field', () => {
    expect(input.errors).toEqual([])
    expect(found.kv).toBe('kv-app')
    expect(found.objects?.map((o) => [o.name, o.env, o.vault])).toEqual([
      ['db-password', 'DB_PASSWORD', ''],
      ['api-key', 'API_KEY', 'kv-shared'],
      // The same vault in another case: Azure compares vault names without case.
      ['tls-key', 'TLS_KEY', ''],
    ])
    const link = encodePermalink(mergeAnswers(found, complete()))
    expect(link).toContain('&o=api-key~secret~API_KEY~~~kv-shared')
    expect(link).toContain('&o=db-password~secret~DB_PASSWORD&')
  })

  it('gives two classes, two volumes and env vars that each read a key of their own class’s Secret', () => {
    const answers = decodePermalink(encodePermalink(mergeAnswers(found, complete()))).answers
    const g = generate(answers, 3)
    expect(g.files.map((f) => f.name)).toEqual([
      'serviceaccount.yaml',
      'secretproviderclass-kv-app.yaml',
      'secretproviderclass-kv-shared.yaml',
      'deployment.yaml',
      'azure-setup.sh',
      ...g.files.slice(5).map((f) => f.name),
    ])
    const classes = g.manifests.filter((m) => m.kind === 'SecretProviderClass')
    expect(classes.map((m) => m.metadata.name)).toEqual(['app-keyvault-kv-app', 'app-keyvault-kv-shared'])
  })
})
