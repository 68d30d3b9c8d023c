import { describe, expect, it } from 'vitest'
import { CATALOGUE } from './catalogue/index.ts'
import { diagnose } from './diagnose.ts'
import { SAMPLES } from './fixtures/messages.ts'

// Every row of the catalogue is recognised from a real text (source in fixtures/messages.ts) and not from a
// near miss: a similar line that means something else.
describe('catalogue', () => {
  it('has a realistic sample for every entry', () => {
    expect(SAMPLES.map((s) => s.id).sort()).toEqual(CATALOGUE.map((e) => e.id).sort())
  })

  it('cites an upstream source for every entry: the code or the vendor documentation, not an issue thread', () => {
    for (const e of CATALOGUE) {
      expect(e.source, e.id).toMatch(/^(https:\/\/github\.com\/|[A-Za-z-]+\/[A-Za-z0-9.-]+ )/)
      // Issue 18: where the provider, the driver, Kubernetes or Microsoft's docs hold the text, they are cited.
      expect(e.source, e.id).not.toMatch(/\/issues\/\d+/)
    }
  })

  for (const sample of SAMPLES) {
    it(`${sample.id}: recognised from ${sample.source}`, () => {
      const [first, ...rest] = diagnose(sample.message).findings
      expect(first?.id).toBe(sample.id)
      expect(rest.map((f) => f.id)).not.toContain(sample.id)
      expect(first?.cause).toMatch(/\.$/)
      expect(first?.fix.length).toBeGreaterThan(0)
    })
    it(`${sample.id}: not recognised from a near miss`, () => {
      expect(diagnose(sample.nearMiss).findings.map((f) => f.id)).not.toContain(sample.id)
    })
  }
})

const sample = (id: string) => SAMPLES.find((s) => s.id === id)?.message ?? ''
const only = (text: string) => {
  const [f] = diagnose(text).findings
  if (!f) throw new Error('nothing recognised')
  return f
}
const fact = (f: { facts: { label: string; value: string }[] }, label: string) =>
  f.facts.find((x) => x.label === label)?.value

describe('what each finding reads from the text', () => {
  it('RBAC 403: the caller, the vault, the object, and the role for its type', () => {
    const f = only(sample('kv-rbac-denied'))
    expect(fact(f, 'Caller app (client) ID')).toBe('0a1b2c3d-1111-4222-8333-444455556666')
    expect(fact(f, 'Vault')).toBe('kv-demo')
    expect(fact(f, 'Object')).toBe('db-password')
    const script = f.fix.map((s) => s.text).join('\n')
    expect(script).toContain("az role assignment create --role 'Key Vault Secrets User'")
    // The object ID from the message: no directory lookup needed, and it is exactly the principal denied.
    expect(script).toContain(
      '--assignee-object-id 5e6f7a8b-1111-4222-8333-444455556666 --assignee-principal-type ServicePrincipal',
    )
    expect(script).toContain('az keyvault show -n kv-demo --query id -o tsv')
    // Scoped to the object, as the setup script grants, not the whole vault.
    expect(script).toContain('--scope "$(az keyvault show -n kv-demo --query id -o tsv)/secrets/"db-password')
  })

  it('RBAC 403 on a certificate: Key Vault Reader on that certificate, and what the role really reads', () => {
    const text = sample('kv-rbac-denied')
      .replace('secrets/getSecret/action', 'certificates/read')
      .replace('objectType:secret', 'objectType:cert')
    const fix = only(text)
      .fix.map((s) => s.text)
      .join('\n')
    expect(fix).not.toMatch(/nothing else/)
    expect(fix).toMatch(/properties of every object in its scope, a key's public part/)
    expect(fix).toContain('/certificates/"db-password')
  })

  it.each([
    ['keys/read', 'key', 'Key Vault Reader'],
    ['certificates/read', 'cert', 'Key Vault Reader'],
    ['secrets/getSecret/action', 'secret', 'Key Vault Secrets User'],
  ])('RBAC 403 on Microsoft.KeyVault/vaults/%s asks for the %s role', (action, type, role) => {
    const text = sample('kv-rbac-denied')
      .replace('secrets/getSecret/action', action)
      .replace('objectType:secret', `objectType:${type}`)
    const f = only(text)
    expect(fact(f, 'Object type')).toBe(type)
    expect(f.fix.map((s) => s.text).join('\n')).toContain(`--role '${role}'`)
  })

  it('access policy 403: set-policy with only the missing permission, for the caller object', () => {
    const f = only(sample('kv-access-policy-denied'))
    expect(fact(f, 'Missing permission')).toBe('keys get')
    expect(f.fix.map((s) => s.text).join('\n')).toContain(
      'az keyvault set-policy -n diskvault001 --object-id 09e7a3cd-4fc8-4d55-bb62-aaef76a8b439 --key-permissions get',
    )
  })

  it('firewall: the client address to allow', () => {
    const f = only(sample('kv-firewall'))
    expect(fact(f, 'Client address')).toBe('20.61.146.97')
    expect(f.fix.map((s) => s.text).join('\n')).toContain(
      'az keyvault network-rule add -n kv-demo --ip-address 20.61.146.97/32',
    )
  })

  it('object not found: checks the other types under the same name', () => {
    const f = only(sample('kv-object-not-found'))
    expect(fact(f, 'Object')).toBe('db-pasword')
    const script = f.fix.map((s) => s.text).join('\n')
    expect(script).toContain('az keyvault key show --vault-name kv-demo -n db-pasword')
    expect(script).toContain('az keyvault certificate show --vault-name kv-demo -n db-pasword')
  })

  it('wrong tenant: names the tenant the token came from', () => {
    const f = only(sample('wrong-tenant'))
    expect(fact(f, 'Tenant the token came from')).toBe('2ac36096-05f9-482e-ae23-1bdb78adb0bb')
    expect(f.fix.map((s) => s.text).join('\n')).toContain(
      'az keyvault show -n kv-demo --query properties.tenantId -o tsv',
    )
  })

  it('unknown client ID: the ID presented and the directory', () => {
    const f = only(sample('unknown-client-id'))
    expect(fact(f, 'Client ID presented')).toBe('2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091')
    expect(f.cause).toMatch(/No app or managed identity with client ID 2b3c4d5e/)
  })

  it('parameter case: names the key to spell exactly', () => {
    const f = only(sample('spc-parameter-case'))
    expect(f.fix.map((s) => s.text).join('\n')).toContain('keyvaultName: "<key-vault-name>"')
    expect(
      only(sample('spc-parameter-case').replace('keyvaultName is not provided', 'tenantId is not provided'))
        .fix.map((s) => s.text)
        .join('\n'),
    ).toContain('tenantID:')
  })

  it('SecretProviderClass not found: the namespace and name', () => {
    const f = only(sample('spc-not-found'))
    expect(fact(f, 'Namespace')).toBe('test-feature')
    expect(fact(f, 'SecretProviderClass')).toBe('app-suite-secrets-repository')
  })

  it('driver missing on a Windows node says so', () => {
    const text = `Node:         aksnpwin000000/10.240.0.5\n${sample('csi-driver-not-registered')}`
    const f = only(text)
    expect(f.cause).toMatch(/Windows node \(aksnpwin000000\)/)
    // The add-on supports Windows (learn.microsoft.com azure/aks/csi-secrets-store-driver): the cause is the
    // Windows driver pod, not a missing driver, and the fix does not send the pod away from Windows.
    expect(f.cause).not.toMatch(/no Secrets Store CSI driver runs/)
    expect(f.cause).toMatch(/Windows driver pod is not running/)
    const fix = f.fix.map((s) => s.text).join('\n')
    expect(fix).not.toContain('kubernetes.io/os: linux')
    expect(fix).toContain(
      'kubectl get pods -n kube-system -o wide --field-selector spec.nodeName=aksnpwin000000',
    )
    expect(
      only(sample('csi-driver-not-registered'))
        .fix.map((s) => s.text)
        .join('\n'),
    ).toContain('az aks enable-addons --addons azure-keyvault-secrets-provider')
  })

  it('nodePublishSecretRef: a missing Secret, a missing key, and no identity at all', () => {
    const missingSecret = only(SAMPLES.find((s) => s.id === 'synced-secret-missing')?.nearMiss ?? '')
    expect(missingSecret.id).toBe('node-publish-secret')
    expect(missingSecret.cause).toMatch(/"secrets-store-creds"/)
    expect(only(sample('node-publish-secret')).cause).toMatch(/no "clientsecret" key/)
    expect(
      only(
        `${sample('spc-parameter-case').split('keyvaultName')[0]}failed to get credentials, nodePublishSecretRef secret is not set`,
      ).cause,
    ).toMatch(/No identity is configured/)
  })
})

describe('the catalogue as a whole', () => {
  it('writes every needle in lower case (the text is searched lower-cased)', () => {
    for (const e of CATALOGUE) for (const n of e.needles) expect(n, e.id).toBe(n.toLowerCase())
  })

  it("has no needle that starts another entry's needle (one scan finds one needle per position)", () => {
    for (const a of CATALOGUE)
      for (const b of CATALOGUE)
        if (a !== b)
          for (const n of a.needles)
            for (const m of b.needles) expect(m.startsWith(n), `${a.id} ${n} / ${b.id} ${m}`).toBe(false)
  })

  it('finds every failure in one text holding all of them, each once, ordered by how early it breaks', () => {
    const all = SAMPLES.map((s) => s.message).join('\n')
    const found = diagnose(all).findings.map((f) => f.id)
    expect([...found].sort()).toEqual(SAMPLES.map((s) => s.id).sort())
    const weight = (id: string) => CATALOGUE.find((e) => e.id === id)?.weight ?? 0
    const weights = found.map(weight)
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
    expect(found[0]).toBe('csi-driver-not-registered')
    expect(found.at(-1)).toBe('rotation-off')
  })
})
