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

const INDENT = '        '
const c = (lines: readonly string[], indent = INDENT): string[] => commentLines('//', indent, lines)

const args = (read: SampleRead): string =>
  read.version === undefined ? read.name : `${read.name}, ${read.version}`

function section(
  reads: SampleRead[],
  comment: string[],
  setup: string[],
  declaration: string,
  map: string,
  call: (read: SampleRead) => string,
): string[] {
  if (reads.length === 0) return []
  return [
    '',
    ...c(comment),
    ...setup.map((line) => INDENT + line),
    INDENT + declaration,
    ...reads.flatMap((read) => [
      ...(read.note === undefined ? [] : c([read.note])),
      `${INDENT}${map}.put(${read.key}, ${call(read)});`,
    ]),
  ]
}

const clientSetup = (type: string, variable: string): string[] => [
  `${type} ${variable} = new ${type}Builder()`,
  '        .vaultUrl(vaultUrl)',
  '        .credential(credential)',
  '        .buildClient();',
]

export function javaSample(r: Resolved): CodeSample {
  const reads = sampleReads(r, 'java')
  const secrets = readsOfType(reads, 'secret')
  const certs = readsOfType(reads, 'cert')
  const keys = readsOfType(reads, 'key')
  const artifacts = [
    'azure-identity',
    ...(secrets.length > 0 ? ['azure-security-keyvault-secrets'] : []),
    ...(certs.length > 0 ? ['azure-security-keyvault-certificates'] : []),
    ...(keys.length > 0 ? ['azure-security-keyvault-keys'] : []),
  ]
  const counts = [
    ...(secrets.length > 0 ? ['secrets.size() + " secrets"'] : []),
    ...(certs.length > 0 ? ['certificates.size() + " certificates"'] : []),
    ...(keys.length > 0 ? ['keys.size() + " keys"'] : []),
  ]
  const lines = [
    "// Reads this app's Key Vault objects at start-up with the pod's workload identity.",
    '//',
    '// Install (Maven, group com.azure; or import com.azure:azure-sdk-bom to align versions):',
    ...artifacts.map((name) => `//   com.azure:${name}`),
    ...c(['', ...CREDENTIAL_NOTE, LITERAL_NOTE, ...ROTATION_NOTE], ''),
    'import com.azure.identity.DefaultAzureCredential;',
    'import com.azure.identity.DefaultAzureCredentialBuilder;',
    ...(certs.length > 0
      ? [
          'import com.azure.security.keyvault.certificates.CertificateClient;',
          'import com.azure.security.keyvault.certificates.CertificateClientBuilder;',
        ]
      : []),
    ...(keys.length > 0
      ? [
          'import com.azure.security.keyvault.keys.KeyClient;',
          'import com.azure.security.keyvault.keys.KeyClientBuilder;',
          'import com.azure.security.keyvault.keys.models.JsonWebKey;',
        ]
      : []),
    ...(secrets.length > 0
      ? [
          'import com.azure.security.keyvault.secrets.SecretClient;',
          'import com.azure.security.keyvault.secrets.SecretClientBuilder;',
        ]
      : []),
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
    ...section(
      secrets,
      ['Secret values, as text.'],
      clientSetup('SecretClient', 'secretClient'),
      'Map<String, String> secrets = new HashMap<>();',
      'secrets',
      (read) => `secretClient.getSecret(${args(read)}).getValue()`,
    ),
    ...section(
      certs,
      ['Public certificates, as DER bytes.', CERT_NOTE],
      clientSetup('CertificateClient', 'certificateClient'),
      'Map<String, byte[]> certificates = new HashMap<>();',
      'certificates',
      (read) =>
        read.version === undefined
          ? `certificateClient.getCertificate(${read.name}).getCer()`
          : `certificateClient.getCertificateVersion(${args(read)}).getCer()`,
    ),
    ...section(
      keys,
      ['Public keys, as JSON Web Keys: private key material never leaves Key Vault.'],
      clientSetup('KeyClient', 'keyClient'),
      'Map<String, JsonWebKey> keys = new HashMap<>();',
      'keys',
      (read) => `keyClient.getKey(${args(read)}).getKey()`,
    ),
    '',
    ...c(['Log how many values were read, never the values.']),
    `${INDENT}System.out.println("Read " + ${counts.join(' + ", " + ')} + " from Key Vault");`,
    '    }',
    '}',
    '',
  ]
  return { name: 'App.java', title: 'App.java', kind: 'code', language: 'java', content: lines.join('\n') }
}
