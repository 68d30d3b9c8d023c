import { describe, expect, it } from 'vitest'
import { emptyAnswers } from '../answers/model.ts'
import { answersFromLog } from './answers-from-log.ts'
import { DESCRIBE_TWO_FAILURES } from './fixtures/describe-pod.ts'
import { SAMPLES } from './fixtures/messages.ts'

// Real failure texts, each copied from the upstream source or issue thread fixtures/messages.ts names.
const sample = (id: string): string => {
  const s = SAMPLES.find((x) => x.id === id)
  if (!s) throw new Error(id)
  return s.message
}
const none = emptyAnswers()
const pairs = (text: string, answers = none) => answersFromLog(text, answers).map((a) => [a.key, a.value])

describe('answersFromLog: the tenant and client ID a pasted text gives', () => {
  it('Key Vault’s RBAC 403 names the caller’s tenant (iss=) and client ID (appid=)', () => {
    expect(pairs(sample('kv-rbac-denied'))).toEqual([
      ['tenant', '72f988bf-86f1-41af-91ab-2d7cd011db47'],
      ['client', '0a1b2c3d-1111-4222-8333-444455556666'],
    ])
    const [tenant] = answersFromLog(sample('kv-rbac-denied'), none)
    expect(tenant?.why).toMatch(/Key Vault received \(iss=\)/)
    expect(tenant?.line).toBe(1)
  })

  it('the access-policy 403 (’appid=…;iss=…’ in quotes) gives both too', () => {
    expect(pairs(sample('kv-access-policy-denied'))).toEqual([
      ['tenant', 'cdffd708-7da0-4cea-abeb-0a4c334d7f64'],
      ['client', 'dcfa956d-b453-448c-b06b-4c1383c2afeb'],
    ])
  })

  it('a described pod gives the values and the line they are on', () => {
    const found = answersFromLog(DESCRIBE_TWO_FAILURES, none)
    const lines = DESCRIBE_TWO_FAILURES.split('\n')
    for (const f of found) expect(lines[f.line - 1]).toContain(f.value)
    expect(found.map((f) => f.key)).toEqual(['tenant', 'client'])
  })

  it('AADSTS7000222 names the service principal whose secret expired; its token URL the tenant', () => {
    expect(pairs(sample('sp-secret-expired'))).toEqual([
      ['tenant', '72f988bf-86f1-41af-91ab-2d7cd011db47'],
      ['client', '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091'],
    ])
  })

  it('never offers what the text calls unknown: AADSTS700016’s application and directory', () => {
    // "Application with identifier 'X' was not found in the directory 'Y'": neither answers the question.
    expect(pairs(sample('unknown-client-id'))).toEqual([])
  })

  it('AKV10032’s "Expected one of …, found …" issuers are not iss= claims: nothing offered', () => {
    expect(pairs(sample('wrong-tenant'))).toEqual([])
  })

  it('reads a v2.0 issuer, https://login.microsoftonline.com/<tenant>/v2.0, as iss= and as a decoded claim', () => {
    const t = '9188040d-6c67-4c5b-b112-36a304b66dad'
    expect(pairs(`Caller: appid=x;iss=https://login.microsoftonline.com/${t}/v2.0`)).toEqual([['tenant', t]])
    expect(
      pairs(`{"aud":"https://vault.azure.net","iss": "https://login.microsoftonline.com/${t}/v2.0"}`),
    ).toEqual([['tenant', t]])
  })

  it('offers only what is missing: an answered tenant or client ID is left alone', () => {
    const text = sample('kv-rbac-denied')
    expect(pairs(text, { ...none, tenant: '11111111-1111-1111-1111-111111111111' })).toEqual([
      ['client', '0a1b2c3d-1111-4222-8333-444455556666'],
    ])
    expect(
      pairs(text, {
        ...none,
        tenant: '11111111-1111-1111-1111-111111111111',
        client: '22222222-2222-2222-2222-222222222222',
      }),
    ).toEqual([])
  })

  it('each value once, upper case written as the answers write it', () => {
    const text = `${sample('kv-rbac-denied')}\n${sample('kv-rbac-denied').toUpperCase().replace('ISS=HTTPS://STS.WINDOWS.NET', 'iss=https://sts.windows.net')}`
    expect(pairs(text).filter(([k]) => k === 'tenant')).toEqual([
      ['tenant', '72f988bf-86f1-41af-91ab-2d7cd011db47'],
    ])
  })
})
