import type { ObjectType } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { HEADER_NOTES, readGroups, type ReadGroup, type SampleRead } from './reads.ts'
import { commentLines, readSection, type CodeSample } from './sample.ts'

const T = '\t'
const c = (lines: readonly string[], indent = T): string[] => commentLines('//', indent, lines)

const MODULE = 'github.com/Azure/azure-sdk-for-go/sdk'

/** Go's clients take the version as a plain argument; the empty string means the latest. */
const version = (read: SampleRead): string => read.version ?? '""'

interface Client {
  pkg: string
  client: string
  valueType: string
  /** The call and the field of the response that holds the value. */
  call: (read: SampleRead) => string
  field: string
}

const CLIENTS: Record<ObjectType, Client> = {
  secret: {
    pkg: 'azsecrets',
    client: 'secretClient',
    valueType: 'string',
    call: (read) => `secretClient.GetSecret(ctx, ${read.name}, ${version(read)}, nil)`,
    field: '*response.Value',
  },
  cert: {
    pkg: 'azcertificates',
    client: 'certificateClient',
    valueType: '[]byte',
    call: (read) => `certificateClient.GetCertificate(ctx, ${read.name}, ${version(read)}, nil)`,
    field: 'response.CER',
  },
  key: {
    pkg: 'azkeys',
    client: 'keyClient',
    valueType: '*azkeys.JSONWebKey',
    call: (read) => `keyClient.GetKey(ctx, ${read.name}, ${version(read)}, nil)`,
    field: 'response.Key',
  },
}

function section(group: ReadGroup): string[] {
  const client = CLIENTS[group.type]
  const head = [
    `${T}${client.client}, err := ${client.pkg}.NewClient(vaultURL, credential, nil)`,
    `${T}if err != nil {`,
    `${T}${T}log.Fatalf("creating the ${client.pkg} client: %v", err)`,
    `${T}}`,
    `${T}${group.name} := map[string]${client.valueType}{}`,
  ]
  return readSection(c, group, head, (read) => [
    `${T}{`,
    `${T}${T}response, err := ${client.call(read)}`,
    `${T}${T}if err != nil {`,
    // %q prints the name quoted and escaped, whatever it holds.
    `${T}${T}${T}log.Fatalf("reading %q: %v", ${read.name}, err)`,
    `${T}${T}}`,
    `${T}${T}${group.name}[${read.key}] = ${client.field}`,
    `${T}}`,
  ])
}

export function goSample(r: Resolved): CodeSample {
  const groups = readGroups(r, 'go')
  // gofmt's order: import paths sorted.
  const used = groups.map((group) => CLIENTS[group.type].pkg).sort()
  const lines = [
    "// Reads this app's Key Vault objects at start-up with the pod's workload identity.",
    '//',
    '// Install:',
    `//   go get ${MODULE}/azidentity`,
    ...used.map((pkg) => `//   go get ${MODULE}/security/keyvault/${pkg}`),
    ...c(['', ...HEADER_NOTES], ''),
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
    ...groups.flatMap(section),
    '',
    ...c(['Log how many values were read, never the values.']),
    `${T}log.Printf("Read ${groups.map((group) => `%d ${group.name}`).join(', ')} from Key Vault", ${groups
      .map((group) => `len(${group.name})`)
      .join(', ')})`,
    '}',
    '',
  ]
  return { name: 'main.go', title: 'main.go', kind: 'code', language: 'go', content: lines.join('\n') }
}
