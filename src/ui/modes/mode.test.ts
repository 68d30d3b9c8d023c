import { describe, expect, it } from 'vitest'
import { parseMode, searchWithMode } from './mode.ts'

describe('the mode in the address’s query, never in the permalink’s fragment', () => {
  it('reads ?mode=migrate and ?mode=troubleshoot; anything else is Decide', () => {
    expect(parseMode('?mode=migrate')).toBe('migrate')
    expect(parseMode('?x=1&mode=troubleshoot')).toBe('troubleshoot')
    for (const other of ['', '?mode=', '?mode=decide', '?mode=Migrate', '?mode=<script>'])
      expect(parseMode(other)).toBe('decide')
  })

  it('writes the mode and keeps other parameters; Decide removes it', () => {
    expect(searchWithMode('', 'migrate')).toBe('?mode=migrate')
    expect(searchWithMode('?utm=x', 'troubleshoot')).toBe('?utm=x&mode=troubleshoot')
    expect(searchWithMode('?utm=x&mode=migrate', 'decide')).toBe('?utm=x')
    expect(searchWithMode('?mode=migrate', 'decide')).toBe('')
  })
})
