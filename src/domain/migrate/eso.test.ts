import { readFileSync } from 'node:fs'
import Ajv, { type ValidateFunction } from 'ajv'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { fields, isFields, list, type Fields, type Manifest } from './shared/bridge.ts'
import type { MigrationResult } from './migrate.ts'
import { akvs, deployment, rowsOf, run, type AkvsSpec } from './test-kit.ts'

// Issue 14 point 5: the External Secrets Operator alternative, checked against ESO's own CRDs (shared
// reference, from the ESO repository) and against what providers/v1/azure/keyvault/keyvault.go returns.

/** The CRD leaves objects open unless they list properties: closing them makes a misspelt field an error. */
function close(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(close)
  if (!isFields(schema)) return schema
  const closed: Fields = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, close(v)]))
  if (isFields(schema['properties']) && schema['additionalProperties'] === undefined)
    closed['additionalProperties'] = false
  return closed
}
const validators = new Map<string, ValidateFunction>()
function validator(kind: string): ValidateFunction {
  const file = { ExternalSecret: 'externalsecrets', SecretStore: 'secretstores' }[kind]
  if (!file) throw new Error(kind)
  const known = validators.get(kind)
  if (known) return known
  const crd = fields(load(readFileSync(`../shared/reference/crd/${file}.external-secrets.io.yaml`, 'utf8')))
  const v1 = list(fields(crd['spec'])['versions'])
    .map(fields)
    .find((v) => v['name'] === 'v1')
  const schema = fields(fields(v1?.['schema'])['openAPIV3Schema'])
  const made = new Ajv({ allErrors: true, strict: false }).compile(close(schema) as Fields)
  validators.set(kind, made)
  return made
}
const problems = (m: Manifest): string[] => {
  const v = validator(m.kind)
  const kind = m.kind
  return v(m as unknown as Fields)
    ? []
    : (v.errors ?? []).map((e) => `${kind} ${e.instancePath} ${e.message ?? ''}`)
}

const alternativeOf = (r: MigrationResult) =>
  rowsOf(r, /^(AzureKeyVaultSecret|Secret) /).find((row) => row.alternative)
/** An akvs no pod reads: its Secret gets the ESO alternative. */
const eso = (s: AkvsSpec, auth: 'workload' | 'uami' | 'sp' = 'workload') =>
  alternativeOf(run([akvs(s), deployment([])], { auth, sa: 'shop-sa' }))

const CASES: [string, AkvsSpec][] = [
  ['a secret', { secret: { name: 'out', dataKey: 'k' } }],
  ['a TLS certificate', { type: 'certificate', secret: { name: 'out', type: 'kubernetes.io/tls' } }],
  ['a raw certificate', { type: 'certificate', secret: { name: 'out', type: 'Opaque', dataKey: 'k' } }],
  ['a public certificate', { type: 'certificate', secret: { name: 'out', dataKey: 'k' } }],
  ['a key', { type: 'key', secret: { name: 'out', dataKey: 'k' } }],
  [
    'a JSON multi-key secret',
    { type: 'multi-key-value-secret', contentType: 'application/x-json', secret: { name: 'out' } },
  ],
  [
    'a YAML multi-key secret',
    { type: 'multi-key-value-secret', contentType: 'application/x-yaml', secret: { name: 'out' } },
  ],
]

describe('the External Secrets Operator alternative', () => {
  it.each(
    CASES.flatMap(([what, s]) =>
      (['workload', 'uami', 'sp'] as const).map((auth) => [what, auth, s] as const),
    ),
  )(
    '%s (auth %s): an ExternalSecret and the SecretStore it names, both valid against the ESO CRDs',
    (_, auth, s) => {
      const [external, store, ...rest] = eso(s, auth)?.alternative ?? []
      expect(rest).toEqual([])
      expect(external?.kind).toBe('ExternalSecret')
      expect(store?.kind).toBe('SecretStore')
      expect(store?.metadata.name).toBe(fields(fields(external?.['spec'])['secretStoreRef'])['name'])
      expect(store?.metadata.namespace).toBe(external?.metadata.namespace)
      expect(fields(fields(store?.['spec'])['provider'])['azurekv']).toMatchObject({
        vaultUrl: 'https://my-kv.vault.azure.net/',
      })
      expect([external, store].flatMap((m) => (m ? problems(m) : ['missing']))).toEqual([])
    },
  )

  it('the CRD check catches a misspelt field', () => {
    const [external] = eso(CASES[0]![1])?.alternative ?? []
    if (!external) throw new Error('no ExternalSecret')
    const spec = fields(external['spec'])
    expect(problems({ ...external, spec: { ...spec, refreshIntervl: '1h' } })).not.toEqual([])
  })

  it('workload identity: the SecretStore reads with the service account the answers name', () => {
    const [, store] = eso(CASES[0]![1])?.alternative ?? []
    expect(store?.['spec']).toEqual({
      provider: {
        azurekv: {
          authType: 'WorkloadIdentity',
          serviceAccountRef: { name: 'shop-sa' },
          vaultUrl: 'https://my-kv.vault.azure.net/',
        },
      },
    })
  })

  // keyvault.go getSecretMapMap: json.Unmarshal only.
  it('a YAML multi-key secret is read whole and split by a template: dataFrom.extract reads JSON only', () => {
    const row = eso(CASES[6]![1])
    const spec = fields(row?.alternative?.[0]?.['spec'])
    expect(spec['dataFrom']).toBeUndefined()
    expect(spec['data']).toEqual([{ secretKey: 'document', remoteRef: { key: 'secret/my-secret' } }])
    expect(fields(fields(spec['target'])['template'])['templateFrom']).toEqual([
      { literal: expect.stringContaining('fromYaml .document') },
    ])
    expect(row?.todo).toMatch(/dataFrom\.extract reads JSON only/)
    const json = fields(eso(CASES[5]![1])?.alternative?.[0]?.['spec'])
    expect(json['dataFrom']).toEqual([{ extract: { key: 'my-secret' } }])
  })

  // keyvault.go GetSecret: cert/ returns *certResp.Cer (DER), key/ json.Marshal(keyResp.Key) (a JWK).
  it.each([
    [CASES[3]![1], 'cert/my-secret', /cert\/ as the DER bytes .*akv2k8s wrote it as PEM/],
    [CASES[4]![1], 'key/my-secret', /key\/ as the JSON Web Key .*akv2k8s wrote the RSA modulus/],
  ])('says where ESO writes another format than akv2k8s did (%#)', (s, key, note) => {
    const row = eso(s)
    expect(JSON.stringify(row?.alternative?.[0])).toContain(`"key":"${key}"`)
    expect(row?.todo).toMatch(note)
  })

  it('a raw certificate (type exactly Opaque) is read as its secret, as stored, as akv2k8s wrote it', () => {
    const spec = fields(eso(CASES[2]![1])?.alternative?.[0]?.['spec'])
    expect(spec['data']).toEqual([
      { secretKey: 'k', remoteRef: { key: 'secret/my-secret', decodingStrategy: 'Auto' } },
    ])
  })
})
