import { describe, expect, it } from 'vitest'
import { decodePermalink } from './codec.ts'
import { noticeInWords } from './notice-words.ts'

const words = (link: string) => decodePermalink(link).notices.map(noticeInWords)

describe('link notices in the question’s words', () => {
  it('names the question and its answers, not the key and its values', () => {
    expect(words('v=1&code=maybe')).toEqual([
      'Code can change: “maybe” is not one of the answers (Yes, No, not now); it was ignored',
    ])
    expect(words('v=1&auth=')).toEqual([
      'Identity: an empty answer is not one of the answers (Workload Identity, User-assigned managed identity, System-assigned node identity, Service principal, aad-pod-identity); it was ignored',
    ])
  })

  it('never lists the known keys for an unknown one, and shows a garbage key as readable text', () => {
    const [evil, control, empty] = words('v=1&evil=1&%01%0A=x&=y')
    expect(evil).toBe(
      '“evil” is not a question this page asks (perhaps it comes from a newer version); it was ignored',
    )
    expect(evil).not.toContain('known keys')
    expect(control).toBe(
      '“\\u0001\\u000a” is not a question this page asks (perhaps it comes from a newer version); it was ignored',
    )
    expect(empty).toMatch(/^An entry without a name is not a question/)
  })

  it('puts the question before any other notice', () => {
    expect(words('v=1&app=a&app=b')).toEqual([
      'Application name: app is given more than once: only the last app= counts',
    ])
    expect(words('v=1&o=~key')[0]).toMatch(/^Key Vault objects: o=~key was ignored: an object needs a name/)
  })
})
