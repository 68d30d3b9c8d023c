import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diagnose } from './diagnose.ts'
import { SAMPLES } from './fixtures/messages.ts'

// Whatever is pasted, the diagnosis answers (never throws), and never shows back a token it was given.
const fragment = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...SAMPLES.map((s) => s.message), ...SAMPLES.map((s) => s.nearMiss)),
  fc.constantFrom('\r\n', '\n', '\r', '\u001b[31m', '\u001b]8;;', '\\"', "'", '"', '\u0000', '\ufffd'),
)
const token = fc
  .tuple(fc.base64String({ minLength: 12, maxLength: 40 }), fc.base64String({ minLength: 12, maxLength: 40 }))
  .map(([a, b]) => `eyJ${a.replace(/[+/=]/g, 'x')}.${b.replace(/[+/=]/g, 'y')}.sig`)

describe('diagnose on arbitrary text', () => {
  it('never throws and keeps evidence short', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 20 }), (parts) => {
        const d = diagnose(parts.join(''))
        for (const f of d.findings) {
          expect(f.evidence.text.length).toBeLessThan(600)
          expect(f.evidence.line).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never echoes a JWT placed on a recognised line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES.map((s) => s.message)), token, (message, jwt) => {
        const shown = JSON.stringify(diagnose(`Authorization: Bearer ${jwt} ${message}`).findings)
        expect(shown).not.toContain(jwt.slice(6))
      }),
      { numRuns: 200 },
    )
  })
})
