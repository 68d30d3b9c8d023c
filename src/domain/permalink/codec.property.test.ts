import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AUTH_VALUES,
  CLOUD_VALUES,
  CODE_VALUES,
  COPY_VALUES,
  IDENTITY_VALUES,
  LANG_VALUES,
  OBJECT_TYPE_VALUES,
  OPTION_VALUES,
  READS_VALUES,
  ROTATE_VALUES,
  type Answers,
} from '../answers/model.ts'
import { decodePermalink, encodePermalink, normalizeAnswers } from './codec.ts'

// Characters that mean something in a link, plus text that looks like an escape or a default.
const tricky = fc.constantFrom(
  '~',
  '&',
  '=',
  '%',
  '#',
  '+',
  '\n',
  '\r',
  '\0',
  ' ',
  '/',
  ':',
  '@',
  '?',
  '%7E',
  '%2',
  'é',
  '😀',
  '\uD800',
  'a',
)
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: tricky, maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', 'default', '/mnt/secrets-store', 'demo'),
)
const choice = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined })

// Mostly empty, so the shortest forms (trailing fields left out) are common.
const optionalText = fc.oneof({ arbitrary: fc.constant(''), weight: 2 }, { arbitrary: text, weight: 1 })
const kvObject = fc.record({
  name: text,
  type: fc.constantFrom(...OBJECT_TYPE_VALUES),
  env: optionalText,
  file: optionalText,
  version: optionalText,
  vault: optionalText,
})

const answersArb: fc.Arbitrary<Answers> = fc.record({
  code: choice(CODE_VALUES),
  reads: choice(READS_VALUES),
  rotate: choice(ROTATE_VALUES),
  copy: choice(COPY_VALUES),
  auth: choice(AUTH_VALUES),
  identity: choice(IDENTITY_VALUES),
  opt: choice(OPTION_VALUES),
  cloud: choice(CLOUD_VALUES),
  lang: choice(LANG_VALUES),
  app: text,
  ns: text,
  image: text,
  port: text,
  sa: text,
  kv: text,
  tenant: text,
  client: text,
  rg: text,
  cluster: text,
  mount: text,
  spc: text,
  cmd: text,
  poll: text,
  ing: text,
  objects: fc.array(kvObject, { maxLength: 4 }),
})

// Arbitrary input, and input shaped like a link so the parser's branches are reached.
const linkPart = fc.oneof(
  fc.constantFrom('v', 'code', 'opt', 'app', 'o', 'cmd', 'lang', 'nope', ''),
  fc.string({ unit: tricky, maxLength: 6 }),
)
const linkish = fc
  .array(
    fc.tuple(linkPart, fc.constantFrom('=', ''), fc.oneof(text, fc.constantFrom('yes', '1', 'a~key~E'))),
    {
      maxLength: 8,
    },
  )
  .map((pairs) => pairs.map(([k, eq, v]) => `${k}${eq}${v}`).join('&'))
const anyInput = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary' }).map((s) => `v=1&${s}`),
  linkish,
  linkish.map((s) => `https://example.com/app/?q=1#${s}`),
)

describe('permalink properties', () => {
  it('round-trips any answers, up to the defaults a link leaves out', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const link = encodePermalink(a)
        expect(link.startsWith('v=1')).toBe(true)
        const { answers, notices } = decodePermalink(link)
        expect(notices).toEqual([])
        expect(answers).toEqual(normalizeAnswers(a))
      }),
      { numRuns: 500 },
    )
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { answers, notices } = decodePermalink(input)
        expect(Array.isArray(answers.objects)).toBe(true)
        expect(Array.isArray(notices)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('writes a stable link for whatever it read', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const once = encodePermalink(decodePermalink(input).answers)
        const reread = decodePermalink(once)
        expect(reread.notices).toEqual([])
        expect(encodePermalink(reread.answers)).toBe(once)
      }),
      { numRuns: 1000 },
    )
  })
})
