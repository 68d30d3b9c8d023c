import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { generate } from '../domain/generate/index.ts'

type Loose = Record<string, unknown>
import { seedAnswers } from './answers.ts'
import { missingReference, REFERENCE_DIR } from './reference.ts'
import { CRD_MISSING, schemaProblems } from './schemas.ts'

// Plain copies (JSON data either way) that a test may break in ways the manifest types would refuse.
const plain = (index: number): Loose =>
  JSON.parse(JSON.stringify(generate(seedAnswers(), 3).manifests[index]))
const spc = (): Loose => plain(0)
const deployment = (): Loose => plain(1)

describe('schemaProblems', () => {
  it.skipIf(CRD_MISSING)('accepts generated manifests', () => {
    expect([spc(), deployment()].flatMap(schemaProblems)).toEqual([])
  })

  it.skipIf(CRD_MISSING)(
    'SecretProviderClass: catches a misspelt field, which the open CRD would let through',
    () => {
      const m = spc()
      const spec = m['spec'] as Record<string, unknown>
      spec['secretObject'] = spec['secretObjects']
      delete spec['secretObjects']
      expect(schemaProblems(m)).toEqual([
        expect.stringMatching(
          /^SecretProviderClass demo-keyvault: \/spec must NOT have additional properties/,
        ),
      ])
    },
  )

  it.skipIf(CRD_MISSING)('SecretProviderClass: catches a parameter that is not a string', () => {
    const m = spc()
    ;((m['spec'] as Record<string, unknown>)['parameters'] as Record<string, unknown>)[
      'useVMManagedIdentity'
    ] = true
    expect(schemaProblems(m)).toEqual([
      expect.stringContaining('/spec/parameters/useVMManagedIdentity must be string'),
    ])
  })

  it.skipIf(CRD_MISSING)('SecretProviderClass: catches a wrong apiVersion', () => {
    expect(schemaProblems({ ...spc(), apiVersion: 'secrets-store.csi.x-k8s.io/v2' })).toEqual([
      'SecretProviderClass demo-keyvault: apiVersion secrets-store.csi.x-k8s.io/v2',
    ])
  })

  it('Deployment: catches a wrong type and a missing required field', () => {
    const m = deployment()
    const spec = m['spec'] as Record<string, unknown>
    spec['replicas'] = '1'
    delete spec['selector']
    expect(schemaProblems(m).join('\n')).toMatch(/selector/)
  })

  it('names an unknown kind as a problem', () => {
    expect(schemaProblems({ apiVersion: 'v1', kind: 'Widget', metadata: { name: 'w' } })).toEqual([
      'Widget w: unknown kind Widget: no schema to check it against',
    ])
  })

  it('checks Secrets and ConfigMaps too', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { a: 1 } }
    expect(schemaProblems(secret)).not.toEqual([])
    const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } }
    expect(schemaProblems(configMap)).toEqual([])
  })
})

describe('third-party data from ../shared/reference/', () => {
  it('a missing file skips its tests with a reason on the console that names it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const reason = missingReference(['crd/none.yaml'], 'check a made-up kind')
    expect(reason).toBe(
      `${REFERENCE_DIR}/crd/none.yaml not found: the tests that check a made-up kind are skipped ` +
        '(check out the shared reference beside the project, as ../shared/reference/).',
    )
    expect(warn).toHaveBeenCalledWith(reason)
    warn.mockRestore()
  })

  it.skipIf(CRD_MISSING)('is read from beside the project root', () => {
    expect(REFERENCE_DIR).toBe(resolve(import.meta.dirname, '../../../shared/reference'))
    expect(
      missingReference(['crd/secretproviderclasses.secrets-store.csi.x-k8s.io.yaml'], 'x'),
    ).toBeUndefined()
  })
})
