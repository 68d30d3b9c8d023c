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

const c = (lines: readonly string[]): string[] => commentLines('//', '', lines)

const args = (read: SampleRead): string =>
  read.version === undefined ? read.name : `${read.name}, ${read.version}`

function section(
  reads: SampleRead[],
  comment: string[],
  setup: string,
  declaration: string,
  dict: string,
  call: (read: SampleRead) => string,
): string[] {
  if (reads.length === 0) return []
  return [
    '',
    ...c(comment),
    setup,
    declaration,
    ...reads.flatMap((read) => [
      ...(read.note === undefined ? [] : c([read.note])),
      `${dict}[${read.key}] = ${call(read)};`,
    ]),
  ]
}

export function dotnetSample(r: Resolved): CodeSample {
  const reads = sampleReads(r, 'csharp')
  const secrets = readsOfType(reads, 'secret')
  const certs = readsOfType(reads, 'cert')
  const keys = readsOfType(reads, 'key')
  const packages = [
    'Azure.Identity',
    ...(secrets.length > 0 ? ['Azure.Security.KeyVault.Secrets'] : []),
    ...(certs.length > 0 ? ['Azure.Security.KeyVault.Certificates'] : []),
    ...(keys.length > 0 ? ['Azure.Security.KeyVault.Keys'] : []),
  ]
  const counts = [
    ...(secrets.length > 0 ? ['{secrets.Count} secrets'] : []),
    ...(certs.length > 0 ? ['{certificates.Count} certificates'] : []),
    ...(keys.length > 0 ? ['{keys.Count} keys'] : []),
  ]
  const lines = [
    "// Reads this app's Key Vault objects at start-up with the pod's workload identity.",
    '//',
    '// Install:',
    ...packages.map((name) => `//   dotnet add package ${name}`),
    ...c(['', ...CREDENTIAL_NOTE, LITERAL_NOTE, ...ROTATION_NOTE]),
    'using System;',
    'using System.Collections.Generic;',
    'using Azure.Identity;',
    ...(certs.length > 0 ? ['using Azure.Security.KeyVault.Certificates;'] : []),
    ...(keys.length > 0 ? ['using Azure.Security.KeyVault.Keys;'] : []),
    ...(secrets.length > 0 ? ['using Azure.Security.KeyVault.Secrets;'] : []),
    '',
    ...c(['The Deployment sets KEY_VAULT_URL, so the same image works with any vault.']),
    'var vaultUri = new Uri(',
    '    Environment.GetEnvironmentVariable("KEY_VAULT_URL")',
    '        ?? throw new InvalidOperationException("KEY_VAULT_URL is not set"));',
    'var credential = new DefaultAzureCredential();',
    ...section(
      secrets,
      ['Secret values, as text.'],
      'var secretClient = new SecretClient(vaultUri, credential);',
      'var secrets = new Dictionary<string, string>();',
      'secrets',
      (read) => `secretClient.GetSecret(${args(read)}).Value.Value`,
    ),
    ...section(
      certs,
      ['Public certificates, as DER bytes.', CERT_NOTE],
      'var certificateClient = new CertificateClient(vaultUri, credential);',
      'var certificates = new Dictionary<string, byte[]>();',
      'certificates',
      (read) =>
        read.version === undefined
          ? `certificateClient.GetCertificate(${read.name}).Value.Cer`
          : `certificateClient.GetCertificateVersion(${args(read)}).Value.Cer`,
    ),
    ...section(
      keys,
      ['Public keys, as JSON Web Keys: private key material never leaves Key Vault.'],
      'var keyClient = new KeyClient(vaultUri, credential);',
      'var keys = new Dictionary<string, JsonWebKey>();',
      'keys',
      (read) => `keyClient.GetKey(${args(read)}).Value.Key`,
    ),
    '',
    ...c(['Log how many values were read, never the values.']),
    `Console.WriteLine($"Read ${counts.join(', ')} from Key Vault");`,
    '',
  ]
  return {
    name: 'Program.cs',
    title: 'Program.cs',
    kind: 'code',
    language: 'csharp',
    content: lines.join('\n'),
  }
}
