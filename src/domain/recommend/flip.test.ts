import { describe, expect, it } from 'vitest'
import { emptyAnswers, type Choices } from '../answers/model.ts'
import { resolve } from '../answers/resolve.ts'
import { flipFor } from './flip.ts'

const flip = (choices: Choices) => flipFor(resolve({ ...emptyAnswers(), ...choices }))

describe('what would change the recommendation', () => {
  it('offers a code change when option 3 is recommended', () => {
    expect(flip({ code: 'no', reads: 'env', copy: 'ok' })).toEqual({
      key: 'code',
      text: 'If the code could change to call Key Vault with an Azure SDK, option 1 would be recommended',
    })
  })

  it('offers a code change for mounted files too', () => {
    expect(flip({ code: 'no', reads: 'file' })?.text).toMatch(/could change.*option 1 would be recommended/)
  })

  it('tells what option 1 falls back to when the code could not change, from the other answers', () => {
    expect(flip({ code: 'yes', reads: 'env', copy: 'ok' })?.text).toBe(
      'If the code could not change now, option 3 would be recommended',
    )
    expect(flip({ code: 'yes', reads: 'env', copy: 'no' })?.text).toBe(
      'If the code could not change now, option 2 with a start-up wrapper would be recommended',
    )
    expect(flip({ code: 'yes', reads: 'file' })?.text).toBe(
      'If the code could not change now, option 2 would be recommended',
    )
  })

  it('is always about the deciding answers, never rotation or identity', () => {
    for (const rotate of ['none', 'restart', 'live'] as const)
      expect(flip({ code: 'no', reads: 'env', copy: 'no', rotate, auth: 'sp' })?.key).toBe('code')
  })
})
