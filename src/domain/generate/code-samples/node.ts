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

const INDENT = '  '
const c = (lines: readonly string[], indent = INDENT): string[] => commentLines('//', indent, lines)

/** The JavaScript SDKs take the version in an options object. */
const options = (read: SampleRead): string =>
  read.version === undefined ? '' : `, { version: ${read.version} }`

function section(
  reads: SampleRead[],
  comment: string[],
  setup: string,
  map: string,
  call: (read: SampleRead) => string,
): string[] {
  if (reads.length === 0) return []
  return [
    '',
    ...c(comment),
    INDENT + setup,
    // A Map, not an object: a name like `__proto__` must stay an ordinary key.
    `${INDENT}const ${map} = new Map()`,
    ...reads.flatMap((read) => [
      ...(read.note === undefined ? [] : c([read.note])),
      `${INDENT}${map}.set(${read.key}, ${call(read)})`,
    ]),
  ]
}

export function nodeSample(r: Resolved): CodeSample {
  const reads = sampleReads(r, 'javascript')
  const secrets = readsOfType(reads, 'secret')
  const certs = readsOfType(reads, 'cert')
  const keys = readsOfType(reads, 'key')
  const packages = [
    '@azure/identity',
    ...(secrets.length > 0 ? ['@azure/keyvault-secrets'] : []),
    ...(certs.length > 0 ? ['@azure/keyvault-certificates'] : []),
    ...(keys.length > 0 ? ['@azure/keyvault-keys'] : []),
  ]
  const returned = [
    ...(secrets.length > 0 ? ['secrets'] : []),
    ...(certs.length > 0 ? ['certificates'] : []),
    ...(keys.length > 0 ? ['keys'] : []),
  ]
  const lines = [
    "// Reads this app's Key Vault objects at start-up with the pod's workload identity.",
    '//',
    `// Install: npm install ${packages.join(' ')}`,
    ...c(['', ...CREDENTIAL_NOTE, LITERAL_NOTE, ...ROTATION_NOTE], ''),
    "'use strict'",
    '',
    "const { DefaultAzureCredential } = require('@azure/identity')",
    ...(certs.length > 0 ? ["const { CertificateClient } = require('@azure/keyvault-certificates')"] : []),
    ...(keys.length > 0 ? ["const { KeyClient } = require('@azure/keyvault-keys')"] : []),
    ...(secrets.length > 0 ? ["const { SecretClient } = require('@azure/keyvault-secrets')"] : []),
    '',
    'async function readKeyVault() {',
    ...c(['The Deployment sets KEY_VAULT_URL, so the same image works with any vault.']),
    `${INDENT}const vaultUrl = process.env.KEY_VAULT_URL`,
    `${INDENT}if (!vaultUrl) throw new Error('KEY_VAULT_URL is not set')`,
    `${INDENT}const credential = new DefaultAzureCredential()`,
    ...section(
      secrets,
      ['Secret values, as text.'],
      'const secretClient = new SecretClient(vaultUrl, credential)',
      'secrets',
      (read) => `(await secretClient.getSecret(${read.name}${options(read)})).value`,
    ),
    ...section(
      certs,
      ['Public certificates, as DER bytes (Uint8Array).', CERT_NOTE],
      'const certificateClient = new CertificateClient(vaultUrl, credential)',
      'certificates',
      (read) =>
        read.version === undefined
          ? `(await certificateClient.getCertificate(${read.name})).cer`
          : `(await certificateClient.getCertificateVersion(${read.name}, ${read.version})).cer`,
    ),
    ...section(
      keys,
      ['Public keys, as JSON Web Keys: private key material never leaves Key Vault.'],
      'const keyClient = new KeyClient(vaultUrl, credential)',
      'keys',
      (read) => `(await keyClient.getKey(${read.name}${options(read)})).key`,
    ),
    `${INDENT}return { ${returned.join(', ')} }`,
    '}',
    '',
    'readKeyVault().then(',
    `  ({ ${returned.join(', ')} }) => {`,
    ...c(['Log how many values were read, never the values.'], '    '),
    `    console.log(\`Read ${returned.map((name) => `\${${name}.size} ${name}`).join(', ')} from Key Vault\`)`,
    '  },',
    '  (error) => {',
    '    console.error(error)',
    '    process.exit(1)',
    '  },',
    ')',
    '',
  ]
  return { name: 'app.js', title: 'app.js', kind: 'code', language: 'javascript', content: lines.join('\n') }
}
