import fc from 'fast-check'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { CRD_MISSING, schemaProblems } from '../../test-support/schemas.ts'
import {
  AUTH_VALUES,
  CLOUD_VALUES,
  emptyAnswers,
  emptyObject,
  LANG_VALUES,
  OBJECT_TYPE_VALUES,
  ROTATE_VALUES,
  type Answers,
  type KvObject,
} from '../answers/model.ts'
import { resolve, resolveObject } from '../answers/resolve.ts'
import { checkProviderRules } from '../check/provider-rules.ts'
import { generate } from './index.ts'

/** Text built to break YAML and shell: indicators, block markers, quotes, comments, line breaks. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ': ',
        '- |',
        '|-',
        '>',
        '\n',
        '\r\n',
        '\t',
        ' ',
        '"',
        "'",
        '#',
        '---',
        '...',
        '&a',
        '*a',
        '!!int',
      ),
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        '%',
        '@',
        '`',
        '\\',
        '$(id)',
        '\u2028',
        '\u0085',
        '\ud800',
        'é😀',
      ),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''))

const anyObject = fc.record({
  name: hostile,
  type: fc.constantFrom(...OBJECT_TYPE_VALUES),
  env: hostile,
  file: hostile,
  version: hostile,
  vault: fc.oneof(fc.constant(''), hostile),
})

const choices = {
  opt: fc.constantFrom(2 as const, 3 as const),
  auth: fc.constantFrom(...AUTH_VALUES),
  rotate: fc.constantFrom(...ROTATE_VALUES),
  cloud: fc.constantFrom(...CLOUD_VALUES),
  lang: fc.constantFrom(...LANG_VALUES),
}

const hostileAnswers: fc.Arbitrary<Answers> = fc
  .record({
    ...choices,
    texts: fc.record({
      app: hostile,
      ns: hostile,
      image: hostile,
      kv: hostile,
      tenant: hostile,
      client: hostile,
      mount: hostile,
      spc: hostile,
      cmd: hostile,
      sa: hostile,
    }),
    objects: fc.array(anyObject, { maxLength: 4 }),
  })
  .map(({ texts, ...rest }) => ({ ...emptyAnswers(), ...texts, ...rest }))

type Loose = Record<string, unknown>

describe('structure: no answer can change the shape of the YAML', () => {
  it('every manifest file parses back to exactly the manifest', () => {
    fc.assert(
      fc.property(hostileAnswers, fc.constantFrom(1 as const, 2 as const, 3 as const), (answers, option) => {
        const g = generate(answers, option)
        g.manifests.forEach((manifest, i) => expect(load(g.files[i]?.content ?? '')).toEqual(manifest))
      }),
      { numRuns: 300 },
    )
  })

  it('objects parses to one string per object, each back to exactly its fields, in its vault’s class', () => {
    fc.assert(
      fc.property(hostileAnswers, (answers) => {
        const g = generate(answers, answers.opt ?? 2)
        const items = g.files
          .filter((f) => f.name.startsWith('secretproviderclass'))
          .flatMap((f) => {
            const spc = load(f.content) as Loose
            const objects = ((spc['spec'] as Loose)['parameters'] as Loose)['objects']
            expect(typeof objects).toBe('string')
            const top = load(objects as string) as Loose
            expect(Object.keys(top)).toEqual(['array'])
            return top['array'] as unknown[]
          })
        // One class per vault (compared without case), in the order each vault first appears.
        const kv = resolve(answers).kv
        const vaultOf = (o: KvObject) => (o.vault.trim() || kv).toLowerCase()
        const given = answers.objects.length === 0 ? [emptyObject()] : answers.objects
        const vaults = [...new Set(given.map(vaultOf))]
        const expected = vaults.flatMap((v) => given.filter((o) => vaultOf(o) === v))
        expect(items).toHaveLength(expected.length)
        items.forEach((item, i) => {
          expect(typeof item).toBe('string')
          const o = resolveObject(expected[i] as KvObject)
          expect(load(item as string)).toEqual({
            objectName: o.name,
            objectType: o.type,
            ...(o.fileName === o.name ? {} : { objectAlias: o.fileName }),
            ...(o.version.trim() === '' ? {} : { objectVersion: o.version.trim() }),
          })
        })
      }),
      { numRuns: 300 },
    )
  })
})

/** Values that pass the wizard's validators. */
const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,14}[a-z0-9])?$/)
const guid = fc.uuid()
const validObject = fc.record({
  name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/),
  type: fc.constantFrom(...OBJECT_TYPE_VALUES),
  env: fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,12}$/)),
  file: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9_-]{1,12}(\.[a-z]{1,4})?$/)),
  version: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9a-f]{32}$/)),
  vault: fc.oneof(fc.constant(''), fc.constantFrom('kv-shared', 'KV-Shared', 'kv2')),
})

const validAnswers: fc.Arbitrary<Answers> = fc
  .record({
    ...choices,
    app: label,
    ns: label,
    sa: fc.oneof(fc.constant(''), label),
    spc: fc.oneof(fc.constant(''), label),
    kv: fc.stringMatching(/^[a-z][a-z0-9-]{1,20}[a-z0-9]$/),
    tenant: guid,
    client: guid,
    port: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 65535 }).map(String)),
    mount: fc.oneof(fc.constant(''), fc.stringMatching(/^(\/[a-z0-9_-]{1,8}){1,3}$/)),
    objects: fc.array(validObject, { minLength: 1, maxLength: 5 }),
  })
  .map((fields) => ({
    ...emptyAnswers(),
    image: 'example.azurecr.io/app:1.0',
    cmd: 'node server.js',
    ...fields,
  }))

describe('valid answers always give manifests that pass the checks', () => {
  it.skipIf(CRD_MISSING)('schemas and provider rules', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(1 as const, 2 as const, 3 as const), (answers, option) => {
        const { manifests } = generate(answers, option)
        expect(manifests.flatMap(schemaProblems)).toEqual([])
        expect(checkProviderRules(manifests)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
