import { describe, expect, it } from 'vitest'
import { CLIENT, seedAnswers } from '../../test-support/answers.ts'
import { decodePermalink, encodePermalink } from '../permalink/codec.ts'
import { validatePollInterval } from './field-rules/fields.ts'
import { validateAnswers } from '../validate/answers.ts'
import { resolve } from './resolve.ts'

describe('identity: a new workload identity or an existing one', () => {
  it('unanswered means existing when a client ID is given, else new', () => {
    expect(resolve({ ...seedAnswers(), identity: undefined }).identity).toBe('existing')
    expect(resolve({ ...seedAnswers(), identity: undefined, client: ' ' }).identity).toBe('new')
    expect(resolve({ ...seedAnswers(), identity: 'new' }).identity).toBe('new')
  })

  it('is written right before client in the link (the form asks it first), and read back', () => {
    const link = encodePermalink({ ...seedAnswers(), identity: 'new', poll: '5m' })
    expect(link).toMatch(new RegExp(`&identity=new&client=${CLIENT}&`))
    expect(link).toMatch(/&poll=5m(&|$)/)
    const { answers, notices } = decodePermalink(link)
    expect(notices).toEqual([])
    expect([answers.identity, answers.poll]).toEqual(['new', '5m'])
    expect(decodePermalink(`${link}&identity=maybe`).notices.map((n) => n.key)).toContain('identity')
  })

  it('a new identity needs no client ID; an existing one does', () => {
    const a = { ...seedAnswers(), auth: 'workload' as const, client: '', cmd: 'python app.py' }
    expect(validateAnswers({ ...a, identity: 'new' }, 2)).toEqual([])
    expect(validateAnswers({ ...a, identity: 'existing' }, 2).map((i) => i.key)).toEqual(['client'])
  })
})

describe('poll: the rotation poll interval', () => {
  it('defaults to the add-on default of 2m', () => {
    expect(resolve(seedAnswers()).poll).toBe('2m')
  })

  it.each(['2m', '90s', '1h30m', '1h', '10m5s'])('accepts %s', (value) => {
    expect(validatePollInterval(value)).toBeUndefined()
  })

  it.each(['2', '0m', '2 m', '1m1h', '-1m', '1.5m', "2m'; rm -rf /", ''])(
    'refuses %j with what is allowed',
    (value) => {
      expect(validatePollInterval(value)).toMatch(
        /^Rotation poll interval .* must be a duration above zero such as 2m/,
      )
    },
  )

  it('is checked with the other answers, on its key', () => {
    expect(validateAnswers({ ...seedAnswers(), poll: 'soon' }, 3)).toEqual([
      expect.objectContaining({ key: 'poll', severity: 'invalid' }),
    ])
  })
})
