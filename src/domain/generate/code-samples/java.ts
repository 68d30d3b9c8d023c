import type { ObjectType } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { HEADER_NOTES, nameAndVersion, readGroups, type ReadGroup, type SampleRead } from './reads.ts'
import { commentLines, readSection, type CodeSample } from './sample.ts'

const INDENT = '        '
const c = (lines: readonly string[], indent = INDENT): string[] => commentLines('//', indent, lines)

const clientSetup = (type: string, variable: string): string[] => [
  `${type} ${variable} = new ${type}Builder()`,
  '        .vaultUrl(vaultUrl)',
  '        .credential(credential)',
  '        .buildClient();',
]

interface Client {
  artifact: string
  imports: string[]
  setup: string[]
  valueType: string
  /** The call that returns the value. */
  call: (read: SampleRead) => string
}

const CLIENTS: Record<ObjectType, Client> = {
  secret: {
    artifact: 'azure-security-keyvault-secrets',
    imports: [
      'import com.azure.security.keyvault.secrets.SecretClient;',
      'import com.azure.security.keyvault.secrets.SecretClientBuilder;',
    ],
    setup: clientSetup('SecretClient', 'secretClient'),
    valueType: 'String',
    call: (read) => `secretClient.getSecret(${nameAndVersion(read)}).getValue()`,
  },
  cert: {
    artifact: 'azure-security-keyvault-certificates',
    imports: [
      'import com.azure.security.keyvault.certificates.CertificateClient;',
      'import com.azure.security.keyvault.certificates.CertificateClientBuilder;',
    ],
    setup: clientSetup('CertificateClient', 'certificateClient'),
    valueType: 'byte[]',
    call: (read) =>
      read.version === undefined
        ? `certificateClient.getCertificate(${read.name}).getCer()`
        : `certificateClient.getCertificateVersion(${nameAndVersion(read)}).getCer()`,
  },
  key: {
    artifact: 'azure-security-keyvault-keys',
    imports: [
      'import com.azure.security.keyvault.keys.KeyClient;',
      'import com.azure.security.keyvault.keys.KeyClientBuilder;',
      'import com.azure.security.keyvault.keys.models.JsonWebKey;',
    ],
    setup: clientSetup('KeyClient', 'keyClient'),
    valueType: 'JsonWebKey',
    call: (read) => `keyClient.getKey(${nameAndVersion(read)}).getKey()`,
  },
}

function section(group: ReadGroup): string[] {
  const client = CLIENTS[group.type]
  const declaration = `Map<String, ${client.valueType}> ${group.name} = new HashMap<>();`
  return readSection(
    c,
    group,
    [...client.setup, declaration].map((line) => INDENT + line),
    (read) => [`${INDENT}${group.name}.put(${read.key}, ${client.call(read)});`],
  )
}

export function javaSample(r: Resolved): CodeSample {
  const groups = readGroups(r, 'java')
  const artifacts = ['azure-identity', ...groups.map((group) => CLIENTS[group.type].artifact)]
  const counts = groups.map((group) => `${group.name}.size() + " ${group.name}"`)
  const lines = [
    "// Reads this app's Key Vault objects at start-up with the pod's workload identity.",
    '//',
    '// Install (Maven, group com.azure; or import com.azure:azure-sdk-bom to align versions):',
    ...artifacts.map((name) => `//   com.azure:${name}`),
    ...c(['', ...HEADER_NOTES], ''),
    'import com.azure.identity.DefaultAzureCredential;',
    'import com.azure.identity.DefaultAzureCredentialBuilder;',
    // The IDE's order: imports sorted.
    ...groups.flatMap((group) => CLIENTS[group.type].imports).sort(),
    'import java.util.HashMap;',
    'import java.util.Map;',
    '',
    'public class App {',
    '    public static void main(String[] args) {',
    ...c(['The Deployment sets KEY_VAULT_URL, so the same image works with any vault.']),
    `${INDENT}String vaultUrl = System.getenv("KEY_VAULT_URL");`,
    `${INDENT}if (vaultUrl == null) {`,
    `${INDENT}    throw new IllegalStateException("KEY_VAULT_URL is not set");`,
    `${INDENT}}`,
    `${INDENT}DefaultAzureCredential credential = new DefaultAzureCredentialBuilder().build();`,
    ...groups.flatMap(section),
    '',
    ...c(['Log how many values were read, never the values.']),
    `${INDENT}System.out.println("Read " + ${counts.join(' + ", " + ')} + " from Key Vault");`,
    '    }',
    '}',
    '',
  ]
  return { name: 'App.java', title: 'App.java', kind: 'code', language: 'java', content: lines.join('\n') }
}
