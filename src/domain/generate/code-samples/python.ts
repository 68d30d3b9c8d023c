import type { Resolved } from '../../answers/resolve.ts'
import {
  CERT_NOTE,
  CREDENTIAL_NOTE,
  LITERAL_NOTE,
  readsOfType,
  ROTATION_NOTE,
  sampleReads,
  type SampleRead,
} from './reads.ts'
import { commentLines, type CodeSample } from './sample.ts'

const c = (lines: readonly string[]): string[] => commentLines('#', '', lines)

const args = (read: SampleRead): string =>
  read.version === undefined ? read.name : `${read.name}, ${read.version}`

/** One dictionary per object type, filled by one client call per object. */
function section(
  reads: SampleRead[],
  comment: string[],
  setup: string,
  dict: string,
  call: (read: SampleRead) => string,
) {
  if (reads.length === 0) return []
  return [
    '',
    ...c(comment),
    setup,
    `${dict} = {}`,
    ...reads.flatMap((read) => [
      ...(read.note === undefined ? [] : c([read.note])),
      `${dict}[${read.key}] = ${call(read)}`,
    ]),
  ]
}

export function pythonSample(r: Resolved): CodeSample {
  const reads = sampleReads(r, 'python')
  const secrets = readsOfType(reads, 'secret')
  const certs = readsOfType(reads, 'cert')
  const keys = readsOfType(reads, 'key')
  const packages = [
    'azure-identity',
    ...(secrets.length > 0 ? ['azure-keyvault-secrets'] : []),
    ...(certs.length > 0 ? ['azure-keyvault-certificates'] : []),
    ...(keys.length > 0 ? ['azure-keyvault-keys'] : []),
  ]
  const counts = [
    ...(secrets.length > 0 ? ['{len(secrets)} secrets'] : []),
    ...(certs.length > 0 ? ['{len(certificates)} certificates'] : []),
    ...(keys.length > 0 ? ['{len(keys)} keys'] : []),
  ]
  const lines = [
    '"""Reads this app\'s Key Vault objects at start-up with the pod\'s workload identity."""',
    '',
    ...c([
      `Install: pip install ${packages.join(' ')}`,
      '',
      ...CREDENTIAL_NOTE,
      LITERAL_NOTE,
      ...ROTATION_NOTE,
    ]),
    'import os',
    '',
    'from azure.identity import DefaultAzureCredential',
    ...(certs.length > 0 ? ['from azure.keyvault.certificates import CertificateClient'] : []),
    ...(keys.length > 0 ? ['from azure.keyvault.keys import KeyClient'] : []),
    ...(secrets.length > 0 ? ['from azure.keyvault.secrets import SecretClient'] : []),
    '',
    ...c(['The Deployment sets KEY_VAULT_URL, so the same image works with any vault.']),
    'vault_url = os.environ["KEY_VAULT_URL"]',
    'credential = DefaultAzureCredential()',
    ...section(
      secrets,
      ['Secret values, as text.'],
      'secret_client = SecretClient(vault_url=vault_url, credential=credential)',
      'secrets',
      (read) => `secret_client.get_secret(${args(read)}).value`,
    ),
    ...section(
      certs,
      ['Public certificates, as DER bytes.', CERT_NOTE],
      'certificate_client = CertificateClient(vault_url=vault_url, credential=credential)',
      'certificates',
      (read) =>
        read.version === undefined
          ? `certificate_client.get_certificate(${read.name}).cer`
          : `certificate_client.get_certificate_version(${args(read)}).cer`,
    ),
    ...section(
      keys,
      ['Public keys, as JSON Web Keys: private key material never leaves Key Vault.'],
      'key_client = KeyClient(vault_url=vault_url, credential=credential)',
      'keys',
      (read) => `key_client.get_key(${args(read)}).key`,
    ),
    '',
    ...c(['Log how many values were read, never the values.']),
    `print(f"Read ${counts.join(', ')} from Key Vault")`,
    '',
  ]
  return { name: 'app.py', title: 'app.py', kind: 'code', language: 'python', content: lines.join('\n') }
}
