import { describe, expect, it } from 'vitest'
import { obj, seedAnswers } from '../../test-support/answers.ts'
import { ingressAfterObjectChange, ingressEntryOf, setIngressOnly } from './ingress-answer.ts'
import type { Answers } from './model.ts'

const answers = (ing: string): Answers => ({
  ...seedAnswers(),
  objects: [obj('shop-tls', { type: 'cert' }), obj('api-tls', { type: 'cert' }), obj('db')],
  ing,
})

describe('the ing answer as the objects editor changes it', () => {
  it('ticks and unticks a cert row, keeping the others and their order', () => {
    expect(setIngressOnly('', 'shop-tls', { name: 'shop-tls', host: '' })).toBe('shop-tls')
    expect(setIngressOnly('shop-tls', 'api-tls', { name: 'api-tls', host: ' api.contoso.com ' })).toBe(
      'shop-tls~api-tls:api.contoso.com',
    )
    expect(
      setIngressOnly('shop-tls~api-tls:api.contoso.com', 'shop-tls', {
        name: 'shop-tls',
        host: 'shop.contoso.com',
      }),
    ).toBe('shop-tls:shop.contoso.com~api-tls:api.contoso.com')
    expect(setIngressOnly('shop-tls~api-tls', 'shop-tls', undefined)).toBe('api-tls')
  })
  it('reads a row’s entry only for a cert', () => {
    expect(ingressEntryOf('db~shop-tls:s.example', obj('shop-tls', { type: 'cert' }))).toEqual({
      name: 'shop-tls',
      host: 's.example',
    })
    expect(ingressEntryOf('db', obj('db'))).toBeUndefined()
  })
  it('follows a rename, and drops the entry of a removed object or one no longer a cert', () => {
    const a = answers('shop-tls:shop.contoso.com~api-tls')
    expect(ingressAfterObjectChange(a, 0, obj('web-tls', { type: 'cert' }))).toBe(
      'web-tls:shop.contoso.com~api-tls',
    )
    expect(ingressAfterObjectChange(a, 0, undefined)).toBe('api-tls')
    expect(ingressAfterObjectChange(a, 1, obj('api-tls', { type: 'secret' }))).toBe(
      'shop-tls:shop.contoso.com',
    )
    expect(ingressAfterObjectChange(a, 2, undefined)).toBe(a.ing)
  })
})
