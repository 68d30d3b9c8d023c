import { describe, expect, it } from 'vitest'
import { emptyAnswers, type Answers } from '../answers/model.ts'
import { recommend } from './recommend.ts'

const roadmap = (a: Partial<Answers>) =>
  recommend({ ...emptyAnswers(), code: 'no', reads: 'env', copy: 'ok', ...a }).roadmap

describe('roadmap to option 1', () => {
  it('is empty when option 1 is generated', () => {
    expect(roadmap({ code: 'yes' })).toEqual([])
    expect(roadmap({ opt: 1 })).toEqual([])
  })

  it('goes identity first, then the code change, then removing what the CSI driver needed', () => {
    const steps = roadmap({ auth: 'uami', ns: 'shop', sa: 'web', cluster: 'aks1', rg: 'rg1' })
    const index = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s))
    expect(steps[0]).toContain('az aks update -g rg1 -n aks1 --enable-oidc-issuer --enable-workload-identity')
    expect(index(/system:serviceaccount:shop:web/)).toBeLessThan(index(/DefaultAzureCredential/))
    expect(index(/DefaultAzureCredential/)).toBeLessThan(index(/synced Secret/))
    expect(index(/synced Secret/)).toBeLessThan(index(/user-assigned managed identity’s access to the vault/))
  })

  it('names the SDK packages of the chosen language', () => {
    expect(roadmap({ lang: 'dotnet' }).join(' ')).toContain('Azure.Security.KeyVault.Secrets')
    expect(roadmap({ lang: 'node' }).join(' ')).toContain('@azure/keyvault-secrets')
  })

  it('removes what the generated option added: the wrapper for option 2 with env vars, the Secret for option 3', () => {
    expect(roadmap({ copy: 'no' }).join(' ')).toMatch(/start-up wrapper/)
    expect(roadmap({ copy: 'no' }).join(' ')).not.toMatch(/synced Secret/)
    expect(roadmap({ reads: 'file' }).join(' ')).not.toMatch(/wrapper|synced Secret/)
  })

  it('retires the identity used today', () => {
    expect(roadmap({ auth: 'sp' }).at(-1)).toMatch(
      /Retire the service principal.*password the setup script added/,
    )
    expect(roadmap({ auth: 'podidentity' }).at(-1)).toMatch(/Migrate off aad-pod-identity/)
    expect(roadmap({ auth: 'system' }).at(-1)).toMatch(/system-assigned identity’s access to the vault/)
  })

  it('grants the role each object type needs, as the setup script does, not Secrets User for everything', () => {
    const obj = (name: string, type: 'secret' | 'key' | 'cert') => ({
      name,
      type,
      env: '',
      file: '',
      version: '',
      vault: '',
    })
    const secrets = roadmap({ auth: 'uami', objects: [obj('db', 'secret')] }).join(' ')
    expect(secrets).toContain('(Key Vault Secrets User, on each object)')
    const certOnly = roadmap({ auth: 'uami', objects: [obj('tls', 'cert')] }).join(' ')
    expect(certOnly).toContain('(Key Vault Reader, on each object)')
    expect(certOnly).not.toContain('Secrets User')
    const mixed = roadmap({
      auth: 'uami',
      objects: [obj('db', 'secret'), obj('k', 'key'), obj('tls', 'cert')],
    })
    expect(mixed.join(' ')).toContain(
      'Key Vault Secrets User for secrets, Key Vault Reader for keys and certificates',
    )
  })

  it('deletes the password the script added to the application, with the command that does', () => {
    const retire = roadmap({ auth: 'sp' }).at(-1) ?? ''
    expect(retire).toContain('az ad app credential delete --id <client-id> --key-id <key-id>')
    expect(retire).not.toContain('az ad sp credential delete')
  })

  it('reuses an existing workload identity instead of creating one', () => {
    const steps = roadmap({ auth: 'workload' }).join(' ')
    expect(steps).toMatch(/Keep the identity and the federated credential/)
    expect(steps).not.toMatch(/--enable-oidc-issuer|Create a user-assigned/)
  })

  it('asks for a cache time-to-live when secrets rotate while the app runs', () => {
    expect(roadmap({ rotate: 'live' }).join(' ')).toMatch(/time-to-live/)
    expect(roadmap({ rotate: 'none' }).join(' ')).not.toMatch(/time-to-live/)
  })
})
