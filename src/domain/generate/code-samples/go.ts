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

const T = '\t'
const c = (lines: readonly string[], indent = T): string[] => commentLines('//', indent, lines)

const MODULE = 'github.com/Azure/azure-sdk-for-go/sdk'

/** Go's clients take the version as a plain argument; the empty string means the latest. */
const version = (read: SampleRead): string => read.version ?? '""'

interface Kind {
  reads: SampleRead[]
  comment: string[]
  pkg: string
  client: string
  map: string
  valueType: string
  /** The call and the field of the response that holds the value. */
  call: (read: SampleRead) => string
  field: string
}

function section(kind: Kind): string[] {
  if (kind.reads.length === 0) return []
  return [
    '',
    ...c(kind.comment),
    `${T}${kind.client}, err := ${kind.pkg}.NewClient(vaultURL, credential, nil)`,
    `${T}if err != nil {`,
    `${T}${T}log.Fatalf("creating the ${kind.pkg} client: %v", err)`,
    `${T}}`,
    `${T}${kind.map} := map[string]${kind.valueType}{}`,
    ...kind.reads.flatMap((read) => [
      ...(read.note === undefined ? [] : c([read.note])),
      `${T}{`,
      `${T}${T}response, err := ${kind.call(read)}`,
      `${T}${T}if err != nil {`,
      // %q prints the name quoted and escaped, whatever it holds.
      `${T}${T}${T}log.Fatalf("reading %q: %v", ${read.name}, err)`,
      `${T}${T}}`,
      `${T}${T}${kind.map}[${read.key}] = ${kind.field}`,
      `${T}}`,
    ]),
  ]
}

export function goSample(r: Resolved): CodeSample {
  const reads = sampleReads(r, 'go')
  const all: Kind[] = [
    {
      reads: readsOfType(reads, 'secret'),
      comment: ['Secret values, as text.'],
      pkg: 'azsecrets',
      client: 'secretClient',
      map: 'secrets',
      valueType: 'string',
      call: (read) => `secretClient.GetSecret(ctx, ${read.name}, ${version(read)}, nil)`,
      field: '*response.Value',
    },
    {
      reads: readsOfType(reads, 'cert'),
      comment: ['Public certificates, as DER bytes.', CERT_NOTE],
      pkg: 'azcertificates',
      client: 'certificateClient',
      map: 'certificates',
      valueType: '[]byte',
      call: (read) => `certificateClient.GetCertificate(ctx, ${read.name}, ${version(read)}, nil)`,
      field: 'response.CER',
    },
    {
      reads: readsOfType(reads, 'key'),
      comment: ['Public keys, as JSON Web Keys: private key material never leaves Key Vault.'],
      pkg: 'azkeys',
      client: 'keyClient',
      map: 'keys',
      valueType: '*azkeys.JSONWebKey',
      call: (read) => `keyClient.GetKey(ctx, ${read.name}, ${version(read)}, nil)`,
      field: 'response.Key',
    },
  ]
  const kinds = all.filter((kind) => kind.reads.length > 0)
  // gofmt's order: import paths sorted.
  const used = kinds.map((kind) => kind.pkg).sort()
  const lines = [
    "// Reads this app's Key Vault objects at start-up with the pod's workload identity.",
    '//',
    '// Install:',
    `//   go get ${MODULE}/azidentity`,
    ...used.map((pkg) => `//   go get ${MODULE}/security/keyvault/${pkg}`),
    ...c(['', ...CREDENTIAL_NOTE, LITERAL_NOTE, ...ROTATION_NOTE], ''),
    'package main',
    '',
    'import (',
    `${T}"context"`,
    `${T}"log"`,
    `${T}"os"`,
    '',
    `${T}"${MODULE}/azidentity"`,
    ...used.map((pkg) => `${T}"${MODULE}/security/keyvault/${pkg}"`),
    ')',
    '',
    'func main() {',
    ...c(['The Deployment sets KEY_VAULT_URL, so the same image works with any vault.']),
    `${T}vaultURL := os.Getenv("KEY_VAULT_URL")`,
    `${T}if vaultURL == "" {`,
    `${T}${T}log.Fatal("KEY_VAULT_URL is not set")`,
    `${T}}`,
    `${T}credential, err := azidentity.NewDefaultAzureCredential(nil)`,
    `${T}if err != nil {`,
    `${T}${T}log.Fatalf("creating the credential: %v", err)`,
    `${T}}`,
    `${T}ctx := context.Background()`,
    ...kinds.flatMap(section),
    '',
    ...c(['Log how many values were read, never the values.']),
    `${T}log.Printf("Read ${kinds.map((kind) => `%d ${kind.map}`).join(', ')} from Key Vault", ${kinds
      .map((kind) => `len(${kind.map})`)
      .join(', ')})`,
    '}',
    '',
  ]
  return { name: 'main.go', title: 'main.go', kind: 'code', language: 'go', content: lines.join('\n') }
}
