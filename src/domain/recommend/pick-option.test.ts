import { describe, expect, it } from 'vitest'
import { CODE_VALUES, COPY_VALUES, READS_VALUES } from '../answers/model.ts'
import { pickOption, needsEnvWrapper } from './pick-option.ts'

describe('pickOption', () => {
  it('picks option 1 whenever the code can change, whatever the app reads or allows', () => {
    for (const reads of READS_VALUES)
      for (const copy of COPY_VALUES) expect(pickOption({ code: 'yes', reads, copy })).toBe(1)
  })

  it('picks mounted files (option 2) for an app that reads files and cannot change', () => {
    for (const copy of COPY_VALUES) expect(pickOption({ code: 'no', reads: 'file', copy })).toBe(2)
  })

  it('picks the synced Secret (option 3) for an env-var app when a copy is acceptable', () => {
    expect(pickOption({ code: 'no', reads: 'env', copy: 'ok' })).toBe(3)
  })

  it('never picks option 3 when no copy is allowed: option 2 with a wrapper instead', () => {
    for (const code of CODE_VALUES)
      for (const reads of READS_VALUES) expect(pickOption({ code, reads, copy: 'no' })).not.toBe(3)
    expect(pickOption({ code: 'no', reads: 'env', copy: 'no' })).toBe(2)
    expect(needsEnvWrapper(2, 'env')).toBe(true)
  })

  it('uses the wrapper only for option 2 with an env-var app', () => {
    expect(needsEnvWrapper(2, 'file')).toBe(false)
    expect(needsEnvWrapper(3, 'env')).toBe(false)
    expect(needsEnvWrapper(1, 'env')).toBe(false)
  })
})
