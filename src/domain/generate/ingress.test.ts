import { describe, expect, it } from 'vitest'
import { obj, seedAnswers } from '../../test-support/answers.ts'
import { schemaProblems } from '../../test-support/schemas.ts'
import { MAX_INGRESS_CERTIFICATES, validateIngressObjects } from '../answers/field-rules/ingress.ts'
import type { Answers, OptionId } from '../answers/model.ts'
import { runEngine } from '../engine.ts'
import { decodePermalink, encodePermalink } from '../permalink/codec.ts'
import { validateAnswers } from '../validate/answers.ts'
import { runnableFolder } from './bundle.ts'
import { generate } from './index.ts'

// Certificates for an Ingress only (`ing`, issue 17): served by the AKS application routing add-on
// (learn.microsoft.com/azure/aks/app-routing-dns-ssl), never mounted in the app's pod.

const shop = obj('shop-tls', { type: 'cert' })
/** The seed's secret (an env var, option 3) and a certificate only an Ingress uses. */
const withIngress = (fields: Partial<Answers> = {}): Answers => ({
  ...seedAnswers(),
  objects: [...seedAnswers().objects, shop],
  ing: 'shop-tls:shop.contoso.com',
  ...fields,
})
const ingressOnly = (fields: Partial<Answers> = {}): Answers =>
  withIngress({ objects: [shop], ing: 'shop-tls', ...fields })

const manifest = (answers: Answers, option: OptionId, kind: string) =>
  generate(answers, option).manifests.find((m) => m.kind === kind)
const file = (answers: Answers, option: OptionId, name: string): string =>
  generate(answers, option).files.find((f) => f.name === name)?.content ?? ''

describe('the ing validator', () => {
  const objects = [shop, obj('db-password'), obj('signing', { type: 'key' })]
  it('takes cert objects of o, with or without a host', () => {
    expect(validateIngressObjects('shop-tls', { objects })).toBeUndefined()
    expect(validateIngressObjects('shop-tls:shop.contoso.com', { objects })).toBeUndefined()
    expect(validateIngressObjects('shop-tls:*.contoso.com', { objects })).toBeUndefined()
  })
  it('names a certificate that is not among the objects, or not of type cert', () => {
    expect(validateIngressObjects('other-tls', { objects })).toBe(
      'Certificates for an Ingress only: "other-tls" must be one of the objects below, of type cert',
    )
    expect(validateIngressObjects('db-password', { objects })).toContain(
      '"db-password" must be one of the objects below, of type cert',
    )
    expect(validateIngressObjects('signing', { objects })).toContain(
      '"signing" must be one of the objects below',
    )
  })
  it('refuses a certificate in another vault than the app’s: only that one is attached to the add-on', () => {
    const inOther = [obj('shop-tls', { type: 'cert', vault: 'kv-shared' })]
    expect(validateIngressObjects('shop-tls', { objects: inOther, kv: 'kv-aks-cloudadventures' })).toBe(
      'Certificates for an Ingress only: "shop-tls" is in vault "kv-shared": the add-on is given the app\'s own vault only, so keep it there or mount it',
    )
    // The app's vault written as its own VAULT field, in any case, is the same vault.
    const same = [obj('shop-tls', { type: 'cert', vault: 'KV-AKS-cloudadventures' })]
    expect(
      validateIngressObjects('shop-tls', { objects: same, kv: 'kv-aks-cloudadventures' }),
    ).toBeUndefined()
    // Through the whole validation: the message sits on ing.
    const issues = validateAnswers(withIngress({ objects: [...seedAnswers().objects, inOther[0]!] }), 3)
    expect(issues.find((i) => i.key === 'ing')?.message).toContain('is in vault "kv-shared"')
  })
  it('refuses a bad host, a bad name, a name given twice and too many certificates', () => {
    expect(validateIngressObjects('shop-tls:Shop.Contoso.com', { objects })).toContain(
      'host "Shop.Contoso.com" must be a lowercase DNS name',
    )
    expect(validateIngressObjects('shop_tls', { objects })).toContain('Key Vault object name "shop_tls"')
    expect(validateIngressObjects('shop-tls~Shop-tls', { objects })).toContain('is named twice')
    expect(validateIngressObjects(':shop.contoso.com', { objects })).toContain('Key Vault object name ""')
    const many = Array.from({ length: MAX_INGRESS_CERTIFICATES + 1 }, (_, i) => `c${i}`).join('~')
    expect(validateIngressObjects(many)).toContain(`at most ${MAX_INGRESS_CERTIFICATES}, one Ingress each`)
  })
  it('puts its message on the ing key, which the editor shows, and leaves other answers valid', () => {
    const issues = validateAnswers(withIngress({ ing: 'missing-tls' }), 3)
    expect(issues).toEqual([
      expect.objectContaining({
        key: 'ing',
        severity: 'invalid',
        message: expect.stringContaining('"missing-tls"'),
      }),
    ])
    expect(validateAnswers(withIngress(), 3)).toEqual([])
    expect(validateAnswers(ingressOnly(), 3)).toEqual([])
  })
})

describe('a certificate for an Ingress only', () => {
  it('is not mounted, not in the class and no env var, for each option', () => {
    for (const option of [1, 2, 3] as const) {
      const all = generate(withIngress(), option).allManifests
      expect(all.match(/shop-tls/g)?.length, `option ${option}`).toBeGreaterThan(0)
      const spc = manifest(withIngress(), option, 'SecretProviderClass')
      expect(JSON.stringify(spc ?? {})).not.toContain('shop-tls')
      expect(JSON.stringify(manifest(withIngress(), option, 'Deployment'))).not.toContain('shop-tls')
    }
    // Option 3 still mounts and syncs the seed's secret.
    expect(JSON.stringify(manifest(withIngress(), 3, 'SecretProviderClass'))).toContain('mybigsecret')
  })

  it('gets an Ingress of the application routing add-on and the Service it routes to', () => {
    expect(manifest(withIngress(), 3, 'Ingress')).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: 'demo-shop-tls',
        namespace: 'default',
        labels: { app: 'demo' },
        annotations: {
          'kubernetes.azure.com/tls-cert-keyvault-uri':
            'https://kv-aks-cloudadventures.vault.azure.net/certificates/shop-tls',
        },
      },
      spec: {
        ingressClassName: 'webapprouting.kubernetes.azure.com',
        rules: [
          {
            host: 'shop.contoso.com',
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'demo', port: { number: 80 } } },
                },
              ],
            },
          },
        ],
        tls: [{ hosts: ['shop.contoso.com'], secretName: 'keyvault-demo-shop-tls' }],
      },
    })
    expect(manifest(withIngress({ port: '8080' }), 3, 'Service')).toMatchObject({
      metadata: { name: 'demo' },
      spec: { selector: { app: 'demo' }, ports: [{ port: 80, targetPort: 8080 }] },
    })
  })

  it('names the certificate in the vault of its cloud, and one Ingress per certificate', () => {
    const china = manifest(withIngress({ cloud: 'AzureChinaCloud' }), 3, 'Ingress')
    expect(china?.metadata.annotations?.['kubernetes.azure.com/tls-cert-keyvault-uri']).toBe(
      'https://kv-aks-cloudadventures.vault.azure.cn/certificates/shop-tls',
    )
    const two = withIngress({
      objects: [...withIngress().objects, obj('API-Tls-', { type: 'cert' })],
      ing: 'shop-tls~API-Tls-',
    })
    const g = generate(two, 3)
    expect(g.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['ingress-demo-shop-tls.yaml', 'ingress-demo-api-tls.yaml']),
    )
    expect(g.manifests.filter((m) => m.kind === 'Ingress').map((m) => m.metadata.name)).toEqual([
      'demo-shop-tls',
      'demo-api-tls',
    ])
  })

  it('alone: the pod needs no CSI volume, class, identity or code sample, and the recommendation says so', () => {
    for (const option of [1, 2, 3] as const) {
      const g = generate(ingressOnly({ auth: 'workload' }), option)
      expect(
        g.files.map((f) => f.name),
        `option ${option}`,
      ).toEqual(['deployment.yaml', 'service.yaml', 'ingress-demo-shop-tls.yaml', 'azure-setup.sh'])
      expect(JSON.stringify(g.manifests[0])).not.toMatch(/volumes|serviceAccountName|secretKeyRef/)
    }
    const { recommendation } = runEngine(ingressOnly())
    expect(recommendation.reasons).toEqual(
      expect.arrayContaining([
        expect.stringContaining('learn.microsoft.com/azure/aks/app-routing-dns-ssl'),
        'No other object is left for the app: its pod needs no CSI volume, class or Azure identity at all.',
      ]),
    )
  })

  it('passes the Kubernetes schema walk, with every other manifest', () => {
    for (const answers of [withIngress(), ingressOnly(), withIngress({ ing: 'shop-tls', sync: 'eso' })])
      for (const option of [1, 2, 3] as const)
        expect(generate(answers, option).manifests.flatMap(schemaProblems)).toEqual([])
  })

  it('gets one reason line citing the app routing docs, the README section and the decision record', () => {
    const engine = runEngine(withIngress())
    const reasons = engine.recommendation.reasons.filter((r) => r.includes('app-routing-dns-ssl'))
    expect(reasons).toEqual([
      'For an Ingress only: “shop-tls”. The AKS application routing add-on makes and rotates each TLS Secret from Key Vault itself (learn.microsoft.com/azure/aks/app-routing-dns-ssl), so no pod mounts them.',
    ])
    const folder = runnableFolder(engine.generated, [])
    const readme = folder.find((f) => f.name === 'README.md')?.content ?? ''
    expect(readme).toContain('## Ingress certificates (application routing add-on)')
    expect(readme).toContain(
      '`az aks approuting update -g rg-aks -n aks-cloudadventures --enable-kv --attach-kv <vault resource id>`',
    )
    expect(readme).toContain('`kubernetes.azure.com/tls-cert-service-account`')
    expect(file(withIngress(), 3, 'azure-setup.sh')).toContain('--enable-kv --attach-kv "$KV_ID"')
  })

  it('keeps its place in the link: the answers read back the same', () => {
    const link = encodePermalink(withIngress())
    expect(link).toContain('&ing=shop-tls:shop.contoso.com&o=')
    expect(decodePermalink(link).answers.ing).toBe('shop-tls:shop.contoso.com')
  })
})
