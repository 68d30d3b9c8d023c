import { describe, expect, it } from 'vitest'
import { emptyAnswers, emptyObject, type Answers } from '../answers/model.ts'
import { decodePermalink, encodePermalink, isKnownKey, normalizeAnswers } from './codec.ts'

const SPEC_EXAMPLE =
  '#v=1&code=no&reads=env&rotate=none&copy=ok&auth=uami&app=demo&kv=kv-aks-cloudadventures&o=mybigsecret~secret~variable_from_keyvault'

const answers = (overrides: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...overrides })
const noticesOf = (input: string) => decodePermalink(input).notices

describe('decodePermalink', () => {
  it("reads the spec's example", () => {
    const { answers: a, notices } = decodePermalink(SPEC_EXAMPLE)
    expect(notices).toEqual([])
    expect(a).toEqual(
      answers({
        code: 'no',
        reads: 'env',
        rotate: 'none',
        copy: 'ok',
        auth: 'uami',
        app: 'demo',
        kv: 'kv-aks-cloudadventures',
        objects: [
          {
            name: 'mybigsecret',
            type: 'secret',
            env: 'variable_from_keyvault',
            file: '',
            version: '',
            vault: '',
          },
        ],
      }),
    )
  })

  it('reads a whole URL, the fragment with or without "#", and nothing', () => {
    const expected = decodePermalink(SPEC_EXAMPLE).answers
    expect(decodePermalink(`https://example.github.io/akv-wizard/${SPEC_EXAMPLE}`).answers).toEqual(expected)
    expect(decodePermalink(SPEC_EXAMPLE.slice(1)).answers).toEqual(expected)
    expect(decodePermalink(`  ${SPEC_EXAMPLE}\n`).answers).toEqual(expected)
    expect(decodePermalink('')).toEqual({ answers: emptyAnswers(), notices: [] })
    expect(decodePermalink('#')).toEqual({ answers: emptyAnswers(), notices: [] })
    expect(decodePermalink('https://example.github.io/akv-wizard/')).toEqual({
      answers: emptyAnswers(),
      notices: [],
    })
  })

  it('treats a missing v as version 1 and skips empty pairs', () => {
    expect(decodePermalink('code=yes&&app=x&')).toEqual({
      answers: answers({ code: 'yes', app: 'x' }),
      notices: [],
    })
  })

  it('reads encoded and plain values alike, and keeps "+" as a plus sign', () => {
    const { answers: a } = decodePermalink(
      'v=1&image=ghcr.io%2Fwhaakman%2Fpython-variables%3Av1.0&mount=/kv/mnt&cmd=python+app.py%20--port=80&o=a%7Eb~key',
    )
    expect(a.image).toBe('ghcr.io/whaakman/python-variables:v1.0')
    expect(a.mount).toBe('/kv/mnt')
    expect(a.cmd).toBe('python+app.py --port=80')
    expect(a.objects).toEqual([{ ...emptyObject('a~b'), type: 'key' }])
  })

  it('splits a wholly encoded object after decoding it', () => {
    expect(decodePermalink('o=db%7Ekey%7EDB_KEY').answers.objects).toEqual([
      { name: 'db', type: 'key', env: 'DB_KEY', file: '', version: '', vault: '' },
    ])
  })

  it('reads opt as a number and every object field', () => {
    const { answers: a } = decodePermalink(`opt=3&o=tls~cert~~certs/tls.pem~${'ab'.repeat(16)}`)
    expect(a.opt).toBe(3)
    expect(a.objects).toEqual([
      { name: 'tls', type: 'cert', env: '', file: 'certs/tls.pem', version: 'ab'.repeat(16), vault: '' },
    ])
  })

  it('keeps invalid free text as given, for the form to flag', () => {
    const { answers: a, notices } = decodePermalink(
      'v=1&kv=kv--x&tenant=not-a-guid&port=99999&o=1bad~~MY-VAR',
    )
    expect(notices).toEqual([])
    expect([a.kv, a.tenant, a.port]).toEqual(['kv--x', 'not-a-guid', '99999'])
    expect(a.objects[0]).toMatchObject({ name: '1bad', env: 'MY-VAR' })
  })

  it('reads defaults as unanswered', () => {
    const { answers: a } = decodePermalink(
      'ns=default&mount=/mnt/secrets-store&cloud=AzurePublicCloud&lang=python',
    )
    expect(a).toEqual(emptyAnswers())
    expect(decodePermalink('cloud=AzureChinaCloud&lang=go').answers).toMatchObject({
      cloud: 'AzureChinaCloud',
      lang: 'go',
    })
  })

  describe('notices', () => {
    it('for a value outside the key set', () => {
      const { answers: a, notices } = decodePermalink('v=1&code=maybe&opt=4&reads=ENV&auth=')
      expect(a).toEqual(emptyAnswers())
      expect(notices).toEqual([
        { key: 'code', message: 'code=maybe was ignored: allowed values are yes, no', ignoredValue: 'maybe' },
        { key: 'opt', message: 'opt=4 was ignored: allowed values are 1, 2, 3', ignoredValue: '4' },
        { key: 'reads', message: 'reads=ENV was ignored: allowed values are env, file', ignoredValue: 'ENV' },
        {
          key: 'auth',
          message: 'auth= was ignored: allowed values are workload, uami, system, sp, podidentity',
          ignoredValue: '',
        },
      ])
    })

    it('for an unknown key, which is otherwise ignored', () => {
      const { answers: a, notices } = decodePermalink('v=1&colour=blue&app=demo')
      expect(a).toEqual(answers({ app: 'demo' }))
      expect(notices).toHaveLength(1)
      expect(notices[0]?.key).toBe('colour')
      expect(notices[0]?.unknownKey).toBe(true)
      expect(notices[0]?.message).toMatch(
        /^colour=blue was ignored: colour is not a known key \(known keys: v, code, /,
      )
      expect(isKnownKey('colour')).toBe(false)
    })

    it('for a version other than 1, still reading the link', () => {
      const { answers: a, notices } = decodePermalink('v=2&app=demo')
      expect(a.app).toBe('demo')
      expect(notices).toEqual([
        {
          key: 'v',
          message: 'v=2 is not a known format version (allowed: 1); the link was read as version 1',
        },
      ])
    })

    it('for a repeated key: the last one counts', () => {
      const { answers: a, notices } = decodePermalink('app=one&code=yes&app=two&code=maybe')
      expect(a.app).toBe('two')
      expect(a.code).toBeUndefined()
      expect(notices.map((n) => n.message)).toEqual([
        'app is given more than once: only the last app= counts',
        'code is given more than once: only the last code= counts',
        'code=maybe was ignored: allowed values are yes, no',
      ])
    })

    it('for a malformed percent sequence, keeping the text as written', () => {
      const { answers: a, notices } = decodePermalink('cmd=echo%2&o=a%ZZ~~X%E0%A4%A')
      expect(a.cmd).toBe('echo%2')
      expect(a.objects).toEqual([{ ...emptyObject('a%ZZ'), env: 'X%E0%A4%A' }])
      expect(notices.map((n) => n.key)).toEqual(['cmd', 'o'])
      expect(notices[0]?.message).toContain(
        '"echo%2" is not valid percent-encoding, so it was kept as written',
      )
      expect(notices[1]?.message).toContain('"a%ZZ", "X%E0%A4%A" is not valid percent-encoding')
    })

    it('for an object with a bad type, keeping it as a secret', () => {
      const { answers: a, notices } = decodePermalink('o=mybigsecret~Secret~VAR')
      expect(a.objects).toEqual([{ ...emptyObject('mybigsecret'), env: 'VAR' }])
      expect(notices).toEqual([
        {
          key: 'o',
          message:
            'o=mybigsecret~Secret~VAR: type "Secret" was ignored and secret used: allowed types are secret, key, cert',
        },
      ])
    })

    it('for an object with more than six fields (a later release), ignoring only the fields after VAULT', () => {
      const { answers: a, notices } = decodePermalink('o=a~key~E~f~v~kv-shared~extra~more')
      expect(a.objects).toEqual([
        { name: 'a', type: 'key', env: 'E', file: 'f', version: 'v', vault: 'kv-shared' },
      ])
      expect(notices).toEqual([
        {
          key: 'o',
          message:
            'o=a~key~E~f~v~kv-shared~extra~more: the fields after the sixth were ignored: an object is o=NAME~TYPE~ENV~FILE~VERSION~VAULT',
        },
      ])
    })

    it('for an object without a name, dropping it', () => {
      const { answers: a, notices } = decodePermalink('o=&o=~key~ENV&o=kept')
      expect(a.objects).toEqual([emptyObject('kept')])
      expect(notices.map((n) => n.message)).toEqual([
        'o= was ignored: an object needs a name (o=NAME~TYPE~ENV~FILE~VERSION~VAULT)',
        'o=~key~ENV was ignored: an object needs a name (o=NAME~TYPE~ENV~FILE~VERSION~VAULT)',
      ])
    })

    it('quote the link on one short line', () => {
      const [notice] = noticesOf(`code=${'x'.repeat(500)}%0A`)
      expect(notice?.message.length).toBeLessThan(150)
      expect(noticesOf('code=a\nb')[0]?.message).toBe(
        'code=a\\u000ab was ignored: allowed values are yes, no',
      )
    })
  })
})

describe('encodePermalink', () => {
  it("writes the spec's example exactly", () => {
    expect(`#${encodePermalink(decodePermalink(SPEC_EXAMPLE).answers)}`).toBe(SPEC_EXAMPLE)
  })

  it('writes only v=1 for empty answers', () => {
    expect(encodePermalink(emptyAnswers())).toBe('v=1')
  })

  it('writes the keys in the spec order, then cmd, then the objects in order', () => {
    const link = encodePermalink(
      answers({
        objects: [emptyObject('b'), emptyObject('a')],
        cmd: 'python app.py',
        lang: 'go',
        spc: 's',
        mount: '/kv',
        cluster: 'c',
        rg: 'r',
        cloud: 'AzureChinaCloud',
        client: 'cl',
        tenant: 't',
        kv: 'kv',
        sa: 'sa',
        port: '80',
        image: 'nginx',
        ns: 'team',
        app: 'demo',
        opt: 2,
        auth: 'sp',
        copy: 'no',
        rotate: 'live',
        reads: 'file',
        code: 'yes',
      }),
    )
    expect(link).toBe(
      'v=1&code=yes&reads=file&rotate=live&copy=no&auth=sp&opt=2&app=demo&ns=team&image=nginx&port=80&sa=sa&kv=kv' +
        '&tenant=t&client=cl&cloud=AzureChinaCloud&rg=r&cluster=c&mount=/kv&spc=s&lang=go&cmd=python%20app.py&o=b&o=a',
    )
  })

  it('leaves out defaults and unanswered choices', () => {
    const link = encodePermalink(
      answers({
        ns: 'default',
        mount: '/mnt/secrets-store',
        cloud: 'AzurePublicCloud',
        lang: 'python',
        app: 'my-app',
      }),
    )
    expect(link).toBe('v=1&app=my-app')
  })

  it('writes objects in their shortest form', () => {
    const o = emptyObject
    const link = encodePermalink(
      answers({
        objects: [
          o('plain'),
          { ...o('k'), type: 'key' },
          { ...o('e'), env: 'E' },
          { ...o('f'), file: 'f.pem' },
          { ...o('v'), version: 'abc' },
          { ...o('w'), vault: 'kv-shared' },
          { ...o('x'), env: 'X', vault: 'kv-shared' },
          o(''),
        ],
      }),
    )
    expect(link).toBe(
      'v=1&o=plain&o=k~key&o=e~secret~E&o=f~secret~~f.pem&o=v~secret~~~abc&o=w~secret~~~~kv-shared' +
        '&o=x~secret~X~~~kv-shared',
    )
  })

  it('reads an object of another vault from its sixth field, and one without it from the kv vault', () => {
    const { answers: a, notices } = decodePermalink('kv=kv-app&o=db~secret~DB&o=api~~API~~~kv-shared')
    expect(notices).toEqual([])
    expect(a.objects).toEqual([
      { ...emptyObject('db'), env: 'DB' },
      { ...emptyObject('api'), env: 'API', vault: 'kv-shared' },
    ])
    expect(encodePermalink(a)).toBe('v=1&kv=kv-app&o=db~secret~DB&o=api~secret~API~~~kv-shared')
  })

  it('encodes separators inside values, and "~" inside object fields', () => {
    const link = encodePermalink(
      answers({ cmd: 'a&b=c#d%e+f~g', objects: [{ ...emptyObject('n~1&'), env: 'x~y', file: 'a=b#c' }] }),
    )
    expect(link).toBe('v=1&cmd=a%26b%3Dc%23d%25e%2Bf~g&o=n%7E1%26~secret~x%7Ey~a%3Db%23c')
  })

  it('keeps a "~" in a lone name from splitting it when read back', () => {
    const a = answers({ objects: [emptyObject('a~key')] })
    expect(encodePermalink(a)).toBe('v=1&o=a%7Ekey~')
    expect(decodePermalink(encodePermalink(a)).answers).toEqual(a)
  })

  it('keeps image references and paths readable', () => {
    expect(encodePermalink(answers({ image: 'myacr.azurecr.io/app@sha256:00', mount: '/kv' }))).toBe(
      'v=1&image=myacr.azurecr.io/app@sha256:00&mount=/kv',
    )
  })

  it('never throws, even on text UTF-8 cannot carry', () => {
    const a = answers({ app: 'x\uD800y', objects: [emptyObject('\uDC00')] })
    expect(decodePermalink(encodePermalink(a)).answers).toEqual(normalizeAnswers(a))
    expect(normalizeAnswers(a).app).toBe('x\uFFFDy')
  })
})
