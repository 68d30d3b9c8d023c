import { describe, expect, it } from 'vitest'
import { readInputs } from './read.ts'
import { LIMITS } from './limits.ts'

const one = (text: string, name = 'in.yaml') => readInputs([{ name, text }])

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx
`

describe('readInputs', () => {
  it('reads several documents and files in order, with file, document and line', () => {
    const r = readInputs([
      {
        name: 'a.yaml',
        text: `# comment only\n---\n${DEPLOYMENT}---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\n`,
      },
      { name: 'b.yaml', text: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\n' },
    ])
    expect(r.errors).toEqual([])
    expect(r.docs.map((d) => [d.kind, d.role, d.at.file, d.at.document, d.at.line])).toEqual([
      // A comment before `---` belongs to the document that follows it (YAML 1.2 §9.2).
      ['Deployment', 'workload', 'a.yaml', 1, 3],
      ['Service', 'other', 'a.yaml', 2, 15],
      ['CronJob', 'workload', 'b.yaml', 1, 1],
    ])
    expect(r.ignored).toEqual([
      {
        at: { file: 'a.yaml', document: 2, line: 15 },
        kind: 'Service',
        name: 'web',
        reason: expect.stringMatching(/kept as is/),
      },
    ])
  })

  it('reads the items of a List (kubectl get -o yaml) each at its own line', () => {
    const r = one(
      `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n- apiVersion: apps/v1\n  kind: StatefulSet\n  metadata: {name: b}\n`,
    )
    expect(r.docs.map((d) => [d.kind, d.name, d.at.line])).toEqual([
      ['Pod', 'a', 4],
      ['StatefulSet', 'b', 7],
    ])
  })

  it.each(['spv.no/v1alpha1', 'spv.no/v1', 'spv.no/v2alpha1', 'spv.no/v2beta1'])(
    'recognises AzureKeyVaultSecret %s',
    (v) => {
      expect(one(`apiVersion: ${v}\nkind: AzureKeyVaultSecret\nmetadata: {name: x}\n`).docs[0]?.role).toBe(
        'akvs',
      )
    },
  )

  it('ignores, and says why, an AzureKeyVaultSecret of a group akv2k8s never served', () => {
    const r = one('apiVersion: spk.io/v1\nkind: AzureKeyVaultSecret\nmetadata: {name: x}\n')
    expect(r.ignored[0]?.reason).toMatch(/spk\.io\/v1 is not one akv2k8s serves/)
  })

  it('reads scalars as kubectl (go-yaml v2) does: YAML 1.1 booleans and octal, but E0, ., 1:20 and dates stay strings', () => {
    const r = one(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: yes, b: 0644, c: E0, d: ., e: "1:20", f: 1:20, g: 1e3, h: .5, i: 2024-01-01}\n',
    )
    expect(r.docs[0]?.object['data']).toEqual({
      a: true,
      b: 420,
      c: 'E0',
      d: '.',
      e: '1:20',
      f: '1:20',
      g: 1000,
      h: 0.5,
      i: '2024-01-01',
    })
  })

  describe('bad input: a clear message naming file, document and line, never a throw', () => {
    it('text that is not YAML', () => {
      const r = one(`${DEPLOYMENT}---\nkey: [unclosed\n`, 'x.yaml')
      expect(r.errors).toEqual([
        {
          at: { file: 'x.yaml', document: 2, line: expect.any(Number) },
          message: expect.stringMatching(/^not valid YAML/),
        },
      ])
    })
    it('a document that is plain text or has no kind', () => {
      const r = one('hello world')
      expect(r.errors[0]?.message).toMatch(/must be a mapping with apiVersion and kind/)
      expect(JSON.stringify(r)).not.toContain('hello')
      expect(one('apiVersion: v1\nmetadata: {}\n').errors[0]?.message).toMatch(/kind is missing/)
    })
    it('a paste over the size limit (10 MB)', () => {
      const r = one('a: b\n'.repeat((10 * 1024 * 1024) / 5))
      expect(r.errors[0]?.message).toMatch(/10\.0 MB; the importer reads at most 5\.0 MB/)
    })
    it('an alias bomb ("billion laughs")', () => {
      const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
      for (let i = 1; i < 9; i++)
        lol.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(',')}]`,
        )
      const started = performance.now()
      const r = one(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\n${lol.join('\n')}\n`)
      expect(r.errors[0]?.message).toMatch(/billion laughs/)
      expect(performance.now() - started).toBeLessThan(5000)
    })
    it('deep nesting, in flow and in block style', () => {
      expect(one(`a: ${'['.repeat(100_000)}`).errors[0]?.message).toMatch(/nesting deeper than 64/)
      const block = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')
      expect(
        one(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n${block.replace(/^/gm, '  ')} 1\n`).errors[0]
          ?.message,
      ).toMatch(/nesting deeper/)
    })
    it('two objects with the same kind, namespace and name', () => {
      const r = readInputs([
        { name: 'a.yaml', text: DEPLOYMENT },
        { name: 'b.yaml', text: DEPLOYMENT },
      ])
      expect(r.errors).toEqual([
        {
          at: { file: 'b.yaml', document: 1, line: 1 },
          message: expect.stringMatching(
            /Deployment shop\/web is defined twice \(first in a\.yaml: document 1, line 1\)/,
          ),
        },
      ])
    })
    it('a duplicate key in a mapping', () => {
      expect(one('apiVersion: v1\nkind: Pod\nkind: Pod\n').errors[0]?.message).toMatch(/not valid YAML/)
    })
  })

  describe('a Secret pasted with its values', () => {
    const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: db
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"aHVudGVyMg=="}}'
data:
  password: aHVudGVyMg==
stringData:
  token: s3cr3t-t0ken
`
    it('keeps its keys and never its values, not even in the annotation kubectl writes', () => {
      const r = one(SECRET)
      expect(r.docs[0]?.secretKeys).toEqual(['password', 'token'])
      const everything = JSON.stringify(r)
      expect(everything).not.toContain('aHVudGVyMg')
      expect(everything).not.toContain('s3cr3t')
      expect(r.ignored[0]?.reason).toMatch(/holds secret values/)
    })
    it('never quotes a value in a parse error', () => {
      const r = one(`${SECRET}  bad: [s3cr3t-again\n`)
      expect(r.errors).toHaveLength(1)
      expect(JSON.stringify(r.errors)).not.toContain('s3cr3t')
    })
  })

  it('has limits a real chart output stays far below', () => {
    expect(LIMITS.maxBytes).toBeGreaterThan(1024 * 1024)
  })
})
