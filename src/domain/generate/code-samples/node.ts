import type { ObjectType } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { CERT_NOTE, HEADER_NOTES, readGroups, type ReadGroup, type SampleRead } from './reads.ts'
import { commentLines, readSection, type CodeSample } from './sample.ts'

const INDENT = '  '
const c = (lines: readonly string[], indent = INDENT): string[] => commentLines('//', indent, lines)

/** The JavaScript SDKs take the version in an options object. */
const options = (read: SampleRead): string =>
  read.version === undefined ? '' : `, { version: ${read.version} }`

interface Client {
  pkg: string
  require: string
  setup: string
  /** Said instead of the shared comment: JavaScript declares no type that would say it. */
  comment?: string[]
  /** The call that returns the value. */
  call: (read: SampleRead) => string
}

const CLIENTS: Record<ObjectType, Client> = {
  secret: {
    pkg: '@azure/keyvault-secrets',
    require: "const { SecretClient } = require('@azure/keyvault-secrets')",
    setup: 'const secretClient = new SecretClient(vaultUrl, credential)',
    call: (read) => `(await secretClient.getSecret(${read.name}${options(read)})).value`,
  },
  cert: {
    pkg: '@azure/keyvault-certificates',
    require: "const { CertificateClient } = require('@azure/keyvault-certificates')",
    setup: 'const certificateClient = new CertificateClient(vaultUrl, credential)',
    comment: ['Public certificates, as DER bytes (Uint8Array).', CERT_NOTE],
    call: (read) =>
      read.version === undefined
        ? `(await certificateClient.getCertificate(${read.name})).cer`
        : `(await certificateClient.getCertificateVersion(${read.name}, ${read.version})).cer`,
  },
  key: {
    pkg: '@azure/keyvault-keys',
    require: "const { KeyClient } = require('@azure/keyvault-keys')",
    setup: 'const keyClient = new KeyClient(vaultUrl, credential)',
    call: (read) => `(await keyClient.getKey(${read.name}${options(read)})).key`,
  },
}

function section(group: ReadGroup): string[] {
  const client = CLIENTS[group.type]
  const head = [
    INDENT + client.setup,
    // A Map, not an object: a name like `__proto__` must stay an ordinary key.
    `${INDENT}const ${group.name} = new Map()`,
  ]
  return readSection(c, { ...group, comment: client.comment ?? group.comment }, head, (read) => [
    `${INDENT}${group.name}.set(${read.key}, ${client.call(read)})`,
  ])
}

export function nodeSample(r: Resolved): CodeSample {
  const groups = readGroups(r, 'javascript')
  const packages = ['@azure/identity', ...groups.map((group) => CLIENTS[group.type].pkg)]
  const returned = groups.map((group) => group.name)
  const lines = [
    "// Reads this app's Key Vault objects at start-up with the pod's workload identity.",
    '//',
    `// Install: npm install ${packages.join(' ')}`,
    ...c(['', ...HEADER_NOTES], ''),
    "'use strict'",
    '',
    "const { DefaultAzureCredential } = require('@azure/identity')",
    // Sorted, as in the other samples.
    ...groups.map((group) => CLIENTS[group.type].require).sort(),
    '',
    'async function readKeyVault() {',
    ...c(['The Deployment sets KEY_VAULT_URL, so the same image works with any vault.']),
    `${INDENT}const vaultUrl = process.env.KEY_VAULT_URL`,
    `${INDENT}if (!vaultUrl) throw new Error('KEY_VAULT_URL is not set')`,
    `${INDENT}const credential = new DefaultAzureCredential()`,
    ...groups.flatMap(section),
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
