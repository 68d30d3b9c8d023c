import type { ObjectType } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { HEADER_NOTES, nameAndVersion, readGroups, type ReadGroup, type SampleRead } from './reads.ts'
import { commentLines, readSection, type CodeSample } from './sample.ts'

const c = (lines: readonly string[]): string[] => commentLines('#', '', lines)

interface Client {
  pkg: string
  import: string
  setup: string
  /** The call that returns the value. */
  call: (read: SampleRead) => string
}

const CLIENTS: Record<ObjectType, Client> = {
  secret: {
    pkg: 'azure-keyvault-secrets',
    import: 'from azure.keyvault.secrets import SecretClient',
    setup: 'secret_client = SecretClient(vault_url=vault_url, credential=credential)',
    call: (read) => `secret_client.get_secret(${nameAndVersion(read)}).value`,
  },
  cert: {
    pkg: 'azure-keyvault-certificates',
    import: 'from azure.keyvault.certificates import CertificateClient',
    setup: 'certificate_client = CertificateClient(vault_url=vault_url, credential=credential)',
    call: (read) =>
      read.version === undefined
        ? `certificate_client.get_certificate(${read.name}).cer`
        : `certificate_client.get_certificate_version(${nameAndVersion(read)}).cer`,
  },
  key: {
    pkg: 'azure-keyvault-keys',
    import: 'from azure.keyvault.keys import KeyClient',
    setup: 'key_client = KeyClient(vault_url=vault_url, credential=credential)',
    call: (read) => `key_client.get_key(${nameAndVersion(read)}).key`,
  },
}

/** One dictionary per object type, filled by one client call per object. */
function section(group: ReadGroup): string[] {
  const client = CLIENTS[group.type]
  return readSection(c, group, [client.setup, `${group.name} = {}`], (read) => [
    `${group.name}[${read.key}] = ${client.call(read)}`,
  ])
}

export function pythonSample(r: Resolved): CodeSample {
  const groups = readGroups(r, 'python')
  const packages = ['azure-identity', ...groups.map((group) => CLIENTS[group.type].pkg)]
  const counts = groups.map((group) => `{len(${group.name})} ${group.name}`)
  const lines = [
    '"""Reads this app\'s Key Vault objects at start-up with the pod\'s workload identity."""',
    '',
    ...c([`Install: pip install ${packages.join(' ')}`, '', ...HEADER_NOTES]),
    'import os',
    '',
    'from azure.identity import DefaultAzureCredential',
    // isort's order: modules sorted.
    ...groups.map((group) => CLIENTS[group.type].import).sort(),
    '',
    ...c(['The Deployment sets KEY_VAULT_URL, so the same image works with any vault.']),
    'vault_url = os.environ["KEY_VAULT_URL"]',
    'credential = DefaultAzureCredential()',
    ...groups.flatMap(section),
    '',
    ...c(['Log how many values were read, never the values.']),
    `print(f"Read ${counts.join(', ')} from Key Vault")`,
    '',
  ]
  return { name: 'app.py', title: 'app.py', kind: 'code', language: 'python', content: lines.join('\n') }
}
