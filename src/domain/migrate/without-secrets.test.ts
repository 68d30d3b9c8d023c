import { describe, expect, it } from 'vitest'
import { readInputs } from './read.ts'
import { withoutSecretValues } from './without-secrets.ts'
import { documentDiffs } from './diff.ts'
import { migrate } from './migrate.ts'
import { complete } from './test-kit.ts'

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: db
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","data":{"password":"aHVudGVyMg=="},"kind":"Secret"}
    note: rotated-by-hunter2
type: Opaque
data:
  password: aHVudGVyMg==
  pem: |
    -----BEGIN PRIVATE KEY-----
    MIIEvQIBADANBgkq
stringData: {user: admin-s3cr3t, "token": 'x-s3cr3t'}
`
const DEPLOYMENT = `# keep me
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
`

describe('withoutSecretValues', () => {
  it('blanks every value of a Secret and keeps every other byte', () => {
    const text = withoutSecretValues(`${DEPLOYMENT}---\n${SECRET}`) ?? ''
    for (const secret of ['aHVudGVyMg', 'hunter2', 'MIIEvQ', 's3cr3t']) expect(text).not.toContain(secret)
    expect(text.startsWith(`${DEPLOYMENT}---\n`)).toBe(true)
    const [, secret] = readInputs([{ name: 'a.yaml', text }]).docs
    expect(secret?.secretKeys).toEqual(['password', 'pem', 'user', 'token'])
  })

  it('in the items of a List too, and leaves text without a Secret as it is', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Secret, metadata: {name: a}, data: {k: c2VjcmV0}}\n`
    expect(withoutSecretValues(list)).not.toContain('c2VjcmV0')
    expect(withoutSecretValues(DEPLOYMENT)).toBe(DEPLOYMENT)
  })

  it('keeps nothing of text that does not read', () => {
    expect(withoutSecretValues('kind: Secret\ndata: {a: "b\n')).toBeUndefined()
  })
})

describe('a removed Secret in the Changes view', () => {
  // It showed the Secret's other annotations in full (issue 15).
  it('shows its keys and annotation names, no value', () => {
    const input = readInputs([{ name: 'a.yaml', text: `${DEPLOYMENT}---\n${SECRET}` }])
    const diffs = documentDiffs(migrate(input, complete()))
    const removed = diffs.find((d) => d.change === 'removed')?.patch ?? ''
    expect(removed).toContain('note:')
    for (const secret of ['aHVudGVyMg', 'hunter2', 'MIIEvQ', 's3cr3t']) expect(removed).not.toContain(secret)
  })
})
