import { describe, expect, it } from 'vitest'
import { decodePermalink } from './permalink/codec.ts'
import { noticeConsequence } from './notice-consequence.ts'

const consequenceOf = (link: string) => {
  const { answers, notices } = decodePermalink(link)
  return notices.map((n) => noticeConsequence(n, answers))
}

describe('what an ignored value in a link did to the decision', () => {
  it('code=maybe: names the assumed answer, the option it gives, and what the other answer would give', () => {
    const [c] = consequenceOf('v=1&code=maybe&reads=env&copy=ok&app=demo')
    expect(c?.text).toBe(
      '“Code can change” was “maybe”, now assumed “Yes”: this makes the recommendation option 1; “No, not now” would make it option 3.',
    )
    expect(c?.outcomes).toEqual([
      { value: 'yes', label: 'Yes', option: 1 },
      { value: 'no', label: 'No, not now', option: 3 },
    ])
  })

  it('says so when no answer to the question would change the recommendation', () => {
    // The code can change: option 1 whatever the copy answer is.
    const [c] = consequenceOf('v=1&code=yes&copy=perhaps&rotate=live&app=demo')
    expect(c?.text).toMatch(
      /^“Copy in a Kubernetes Secret” was “perhaps”, .*every answer to it gives option 1/,
    )
  })

  it('nothing for an unknown key, or a question answered since', () => {
    expect(consequenceOf('v=1&evil=1')).toEqual([undefined])
    const { notices } = decodePermalink('v=1&code=maybe')
    const [n] = notices
    expect(n && noticeConsequence(n, { ...decodePermalink('v=1&code=no').answers })).toBeUndefined()
  })
})
