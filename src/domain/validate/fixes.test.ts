import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TEXT_KEYS, textQuestion } from '../answers/model.ts'
import { OBJECT_VALIDATORS } from '../answers/field-rules/fields.ts'
import { emptyAnswers, emptyObject } from '../answers/model.ts'
import { fieldNameOf, fixIssue, fixTargetOf, suggestFix } from './fixes.ts'

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const CLIENT = 'ceb19a0a-941a-4f33-839d-aeace8ffe205'

describe('one-click fixes for an invalid value', () => {
  it('lower-cases a Kubernetes name and turns spaces and underscores into hyphens', () => {
    expect(suggestFix('app', 'MyPythonApp')).toEqual({ value: 'mypythonapp', label: 'Use mypythonapp' })
    expect(suggestFix('app', 'Demo_App')?.value).toBe('demo-app')
    expect(suggestFix('ns', ' Shop Front ')?.value).toBe('shop-front')
    expect(suggestFix('spc', 'Web.KeyVault')?.value).toBe('web.keyvault')
  })

  it('takes the vault name out of a pasted vault URL, in each cloud', () => {
    expect(suggestFix('kv', 'https://kv-aks-cloudadventures.vault.azure.net/')).toEqual({
      value: 'kv-aks-cloudadventures',
      label: 'Use the vault name kv-aks-cloudadventures',
    })
    expect(suggestFix('kv', 'https://kv-gov.vault.usgovcloudapi.net')?.value).toBe('kv-gov')
    expect(suggestFix('kv', 'kv-cn.vault.azure.cn/secrets/db')?.value).toBe('kv-cn')
    expect(suggestFix('kv', '  kv-demo ')?.value).toBe('kv-demo')
  })

  it('takes the GUID named for the field out of pasted az output', () => {
    // The shape of `az identity show`: four GUIDs, the subscription's inside `id`.
    const identity = JSON.stringify({
      clientId: CLIENT,
      id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/x/id-demo',
      principalId: '99999999-8888-7777-6666-555555555555',
      tenantId: TENANT,
    })
    expect(suggestFix('client', identity)?.value).toBe(CLIENT)
    expect(suggestFix('tenant', identity)?.value).toBe(TENANT)
    // `az keyvault show --query properties.tenantId -o tsv` with its line break, or a quoted value.
    expect(suggestFix('tenant', `${TENANT}\n`)?.value).toBe(TENANT)
    expect(suggestFix('tenant', `"${TENANT}"`)).toEqual({ value: TENANT, label: `Use ${TENANT}` })
  })

  it('guesses nothing when the text holds two GUIDs and neither is named for the field', () => {
    expect(suggestFix('tenant', `${TENANT} ${CLIENT}`)).toBeUndefined()
    expect(suggestFix('client', '12345')).toBeUndefined()
    expect(suggestFix('kv', '1kv')).toBeUndefined()
  })

  it('fixes an object row’s fields', () => {
    expect(suggestFix({ object: 'name' }, 'db_password')?.value).toBe('db-password')
    expect(suggestFix({ object: 'env' }, ' DB_PASSWORD')?.value).toBe('DB_PASSWORD')
    expect(suggestFix({ object: 'name' }, '9lives')).toBeUndefined()
  })

  it('only ever offers a value the field accepts, and never the value already there', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXT_KEYS), fc.string({ maxLength: 80 }), (key, value) => {
        const fix = suggestFix(key, value)
        if (fix === undefined) return
        expect(fix.value).not.toBe(value)
        expect(textQuestion(key).validate(fix.value)).toBeUndefined()
      }),
    )
    fc.assert(
      fc.property(fc.constantFrom('name', 'env', 'file', 'version' as const), fc.string(), (field, value) => {
        const fix = suggestFix({ object: field }, value)
        if (fix !== undefined) expect(OBJECT_VALIDATORS[field](fix.value)).toBeUndefined()
      }),
    )
  })

  it('finds the field an issue is about', () => {
    expect(fixTargetOf({ key: 'kv', severity: 'invalid', message: '' })).toBe('kv')
    expect(fixTargetOf({ key: 'o[2]', field: 'env', severity: 'invalid', message: '' })).toEqual({
      object: 'env',
    })
    expect(fixTargetOf({ key: 'o', severity: 'missing', message: '' })).toBeUndefined()
  })
})

describe('the field an issue names', () => {
  it('in the form’s words', () => {
    expect(fieldNameOf({ key: 'kv', severity: 'invalid', message: '' })).toBe('Key Vault name')
    expect(fieldNameOf({ key: 'o[2]', field: 'env', severity: 'invalid', message: '' })).toBe(
      'Secret 2’s env var',
    )
    expect(fieldNameOf({ key: 'o', severity: 'missing', message: '' })).toBe('Key Vault objects')
  })
})

describe('fixing an issue in the answers', () => {
  it('replaces only the field the issue is about', () => {
    const answers = {
      ...emptyAnswers(),
      app: 'MyPythonApp',
      objects: [emptyObject('ok'), { ...emptyObject('db_password'), env: 'DB' }],
    }
    const app = fixIssue(answers, { key: 'app', severity: 'invalid', message: '' })
    expect(app?.answers).toEqual({ ...answers, app: 'mypythonapp' })
    const row = fixIssue(answers, { key: 'o[2]', field: 'name', severity: 'invalid', message: '' })
    expect(row?.label).toBe('Use db-password')
    expect(row?.answers.objects).toEqual([emptyObject('ok'), { ...emptyObject('db-password'), env: 'DB' }])
    expect(
      fixIssue(answers, { key: 'o[3]', field: 'name', severity: 'invalid', message: '' }),
    ).toBeUndefined()
    expect(fixIssue(answers, { key: 'kv', severity: 'missing', message: '' })).toBeUndefined()
  })
})
