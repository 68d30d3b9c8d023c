import { describe, expect, it } from 'vitest'
import { diagnose } from './diagnose.ts'
import { DESCRIBE_TWO_FAILURES } from './fixtures/describe-pod.ts'
import { SAMPLES } from './fixtures/messages.ts'
import { cleanInput, MAX_CHARS } from './input.ts'
import { redact } from './redact.ts'

const ids = (text: string) => diagnose(text).findings.map((f) => f.id)
const spc = SAMPLES.find((s) => s.id === 'spc-not-found')?.message ?? ''

describe('input hygiene', () => {
  it('strips ANSI colour codes (kubectl or stern with colour on)', () => {
    const coloured = `\u001b[33mWarning\u001b[0m  FailedMount  \u001b[1mkeyvault\u001b[0mName is not provided\u001b]8;;https://x\u0007`
    const f = diagnose(coloured).findings[0]
    expect(f?.id).toBe('spc-parameter-case')
    expect(f?.evidence.text).toBe('Warning  FailedMount  keyvaultName is not provided')
  })

  it('reads Windows line ends and old Mac line ends, with the right line numbers', () => {
    const crlf = DESCRIBE_TWO_FAILURES.replace(/\n/g, '\r\n')
    const d = diagnose(crlf)
    expect(d.findings.map((f) => [f.id, f.evidence.line])).toEqual([
      ['kv-rbac-denied', 27],
      ['synced-secret-missing', 28],
    ])
    expect(d.findings[1]?.evidence.text).not.toMatch(/\r/)
    expect(ids(DESCRIBE_TWO_FAILURES.replace(/\n/g, '\r'))).toEqual([
      'kv-rbac-denied',
      'synced-secret-missing',
    ])
  })

  it('joins lines a terminal wrapped at a fixed width, even inside a keyword', () => {
    const width = 80
    const long = `  Warning  FailedMount  2m  kubelet  ${spc.slice(spc.indexOf('MountVolume'))}`
    const wrapped: string[] = []
    for (let i = 0; i < long.length; i += width) wrapped.push(long.slice(i, i + width))
    const text = ['Events:', ...wrapped, '  Normal  Pulled  1s  kubelet  done'].join('\n')
    expect(wrapped.some((l) => l.endsWith('secretproviderc') || l.includes('not fo'))).toBeDefined()
    const d = diagnose(text)
    expect(d.findings.map((f) => f.id)).toEqual(['spc-not-found'])
    expect(d.findings[0]?.evidence.line).toBe(2)
    expect(d.findings[0]?.facts).toContainEqual({
      label: 'SecretProviderClass',
      value: 'app-suite-secrets-repository',
    })
    expect(d.notices.join(' ')).toMatch(/wrapped at 80 characters/)
  })

  it('refuses binary junk with a clear message', () => {
    const junk = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    const d = diagnose(junk)
    expect(d.findings).toEqual([])
    expect(d.notices.join(' ')).toMatch(/binary file, not text Kubernetes printed/)
  })

  it('keeps the end of a text over the size cap, and says so', () => {
    const filler = 'I1124 10:00:00.000000 1 nodeserver.go:268] "node publish volume complete"\n'
    const big = filler.repeat(Math.ceil((MAX_CHARS + 1000) / filler.length)) + spc
    const d = diagnose(big)
    expect(d.findings.map((f) => f.id)).toEqual(['spc-not-found'])
    expect(d.notices.join(' ')).toMatch(/only the last 16 million were read/)
  })

  it('finds a failure inside a 1 MB single line', () => {
    const line = `${'x'.repeat(500_000)} ${spc} ${'y'.repeat(500_000)}`
    const d = diagnose(line)
    expect(d.findings.map((f) => f.id)).toEqual(['spc-not-found'])
    expect(d.findings[0]?.evidence.text.length).toBeLessThan(600)
  })

  // Inputs that make a backtracking regex run for minutes: long runs of the characters its repetitions
  // accept, with no terminator. Each is 1 MB on one line; a correct scan reports them and finishes.
  it.each([
    [
      'quotes never closed',
      "Assertion Subject: '" + 'system:serviceaccount:'.repeat(50_000) + ' AADSTS70021',
    ],
    ['a key=value that never ends', 'clientsecret=' + 'a'.repeat(1_000_000) + ' ForbiddenByRbac'],
    ['JWT-like dots', 'eyJ' + 'aaaa.'.repeat(200_000) + ' AADSTS90002'],
    [
      'escape sequences without end',
      '\u001b['.repeat(300_000) + '\u001b]'.repeat(100_000) + ' keyvaultName is not provided',
    ],
    ['repeated needles', 'ForbiddenByRbac '.repeat(65_000)],
    ['nested separators', '\\r\\n\\"'.repeat(170_000) + ' AKV10032'],
  ])('%s', (_what, text) => {
    expect(text.length).toBeGreaterThan(500_000)
    const d = diagnose(text)
    expect(d.findings.length).toBeGreaterThan(0)
    for (const f of d.findings) expect(f.evidence.text.length).toBeLessThan(600)
  })

  it('redaction stays correct on 1 MB token-like lines', () => {
    expect(redact('Bearer ' + 'A'.repeat(1_000_000))).toBe('Bearer AAAA…[redacted]')
    expect(redact('eyJ' + 'aaaa.'.repeat(200_000))).toMatch(/^eyJaaa…\[redacted\]/)
    expect(redact('password=' + '='.repeat(1_000_000))).toBe('password===…[redacted]')
    expect(redact('abc1Q~'.repeat(150_000)).length).toBeLessThanOrEqual(900_000)
  })

  it('numbers the lines of the original input', () => {
    const c = cleanInput('a\r\nb\rc\nd')
    expect(c.text.split('\n')).toEqual(['a', 'b', 'c', 'd'])
    expect(c.lineNumbers).toEqual([1, 2, 3, 4])
  })
})

describe('wrapped-line detection', () => {
  it('leaves ordinary logs alone when one line is longer than the common length', () => {
    const same = '    at com.example.shop.Service.call(Service.java:42) in thread main-worker-pool-1'
    const lines = [same, same, same, same, `${same} and a longer one`]
    const c = cleanInput(lines.join('\n'))
    expect(c.text.split('\n')).toHaveLength(5)
    expect(c.notices).toEqual([])
  })
})
