import { describe, expect, it } from 'vitest'
import { emptyAnswers, type Answers } from '../answers/model.ts'
import { diagnose } from './diagnose.ts'

// The AADSTS70021 text as Entra ID returns it to the provider
// (https://github.com/MicrosoftDocs/azure-docs/issues/106441), with issuer, subject and audience varied.
const assertion = (subject: string, audience = 'api://AzureADTokenExchange') =>
  `MountVolume.SetUp failed for volume "secrets-store01-inline" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod shop/api-7d9, err: ... {"error":"invalid_request","error_description":"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'https://uksouth.oic.prod-aks.azure.com/d95095be-6338-44be-89cb-12753aa161e4/7627b819-b0f2-4621-934c-c458148d71be/'. Assertion Subject: '${subject}'. Assertion Audience: '${audience}'."}`

const answers = (patch: Partial<Answers>): Answers => ({
  ...emptyAnswers(),
  app: 'api',
  ns: 'shop',
  sa: 'api-sa',
  ...patch,
})
const finding = (text: string, a?: Answers) => diagnose(text, { answers: a }).findings[0]

describe('AADSTS70021 says which part does not match', () => {
  it('subject: the pod runs as the default service account', () => {
    const f = finding(assertion('system:serviceaccount:shop:default'), answers({}))
    expect(f?.facts).toContainEqual({ label: 'Mismatch', value: 'subject' })
    expect(f?.cause).toMatch(/no serviceAccountName/)
    expect(f?.fix.map((s) => s.text).join('\n')).toContain('serviceAccountName: api-sa')
  })

  it('subject: another service account than the answers name', () => {
    const f = finding(assertion('system:serviceaccount:shop:other'), answers({}))
    expect(f?.facts).toContainEqual({ label: 'Subject presented', value: 'system:serviceaccount:shop:other' })
    expect(f?.cause).toMatch(
      /presents "system:serviceaccount:shop:other" but the generated files use system:serviceaccount:shop:api-sa/,
    )
  })

  it('issuer: the subject is right, so the credential names another cluster', () => {
    const f = finding(
      assertion('system:serviceaccount:shop:api-sa'),
      answers({ rg: 'rg-shop', cluster: 'aks-shop' }),
    )
    expect(f?.facts).toContainEqual({ label: 'Mismatch', value: 'issuer' })
    const script = f?.fix.map((s) => s.text).join('\n') ?? ''
    expect(script).toContain('az aks show -g rg-shop -n aks-shop --query oidcIssuerProfile.issuerUrl -o tsv')
    expect(script).toContain(
      '--subject system:serviceaccount:shop:api-sa --audiences api://AzureADTokenExchange',
    )
  })

  it('audience: a token for another audience', () => {
    const f = finding(assertion('system:serviceaccount:shop:api-sa', 'api://AKSIdentityBinding'), answers({}))
    expect(f?.facts).toContainEqual({ label: 'Mismatch', value: 'audience' })
  })

  it('without answers (or with none typed yet): reads the names from the subject', () => {
    const blank = finding(assertion('system:serviceaccount:shop:worker'), emptyAnswers())
    expect(blank?.cause).not.toMatch(/generated files/)
    const f = finding(assertion('system:serviceaccount:shop:worker'))
    expect(f?.fix.map((s) => s.text).join('\n')).toContain('--subject system:serviceaccount:shop:worker')
  })
})
