import type { ObjectType } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { HEADER_NOTES, nameAndVersion, readGroups, type ReadGroup, type SampleRead } from './reads.ts'
import { commentLines, readSection, type CodeSample } from './sample.ts'

const c = (lines: readonly string[]): string[] => commentLines('//', '', lines)

interface Client {
  pkg: string
  using: string
  setup: string
  valueType: string
  /** The call that returns the value. */
  call: (read: SampleRead) => string
}

const CLIENTS: Record<ObjectType, Client> = {
  secret: {
    pkg: 'Azure.Security.KeyVault.Secrets',
    using: 'using Azure.Security.KeyVault.Secrets;',
    setup: 'var secretClient = new SecretClient(vaultUri, credential);',
    valueType: 'string',
    call: (read) => `secretClient.GetSecret(${nameAndVersion(read)}).Value.Value`,
  },
  cert: {
    pkg: 'Azure.Security.KeyVault.Certificates',
    using: 'using Azure.Security.KeyVault.Certificates;',
    setup: 'var certificateClient = new CertificateClient(vaultUri, credential);',
    valueType: 'byte[]',
    call: (read) =>
      read.version === undefined
        ? `certificateClient.GetCertificate(${read.name}).Value.Cer`
        : `certificateClient.GetCertificateVersion(${nameAndVersion(read)}).Value.Cer`,
  },
  key: {
    pkg: 'Azure.Security.KeyVault.Keys',
    using: 'using Azure.Security.KeyVault.Keys;',
    setup: 'var keyClient = new KeyClient(vaultUri, credential);',
    valueType: 'JsonWebKey',
    call: (read) => `keyClient.GetKey(${nameAndVersion(read)}).Value.Key`,
  },
}

function section(group: ReadGroup): string[] {
  const client = CLIENTS[group.type]
  const declaration = `var ${group.name} = new Dictionary<string, ${client.valueType}>();`
  return readSection(c, group, [client.setup, declaration], (read) => [
    `${group.name}[${read.key}] = ${client.call(read)};`,
  ])
}

export function dotnetSample(r: Resolved): CodeSample {
  const groups = readGroups(r, 'csharp')
  const packages = ['Azure.Identity', ...groups.map((group) => CLIENTS[group.type].pkg)]
  const counts = groups.map((group) => `{${group.name}.Count} ${group.name}`)
  const lines = [
    "// Reads this app's Key Vault objects at start-up with the pod's workload identity.",
    '//',
    '// Install:',
    ...packages.map((name) => `//   dotnet add package ${name}`),
    ...c(['', ...HEADER_NOTES]),
    'using System;',
    'using System.Collections.Generic;',
    'using Azure.Identity;',
    // The IDE's order: namespaces sorted.
    ...groups.map((group) => CLIENTS[group.type].using).sort(),
    '',
    ...c(['The Deployment sets KEY_VAULT_URL, so the same image works with any vault.']),
    'var vaultUri = new Uri(',
    '    Environment.GetEnvironmentVariable("KEY_VAULT_URL")',
    '        ?? throw new InvalidOperationException("KEY_VAULT_URL is not set"));',
    'var credential = new DefaultAzureCredential();',
    ...groups.flatMap(section),
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
