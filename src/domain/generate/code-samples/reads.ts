import type { ObjectType } from '../../answers/model.ts'
import type { Resolved, ResolvedObject } from '../../answers/resolve.ts'
import { objectsOf } from '../../plan/plan.ts'
import { stringLiteral, type LiteralStyle } from './literal.ts'

/** One Key Vault read in a code sample, with every user text already a safe literal for the language. */
export interface SampleRead {
  type: ObjectType
  /** The object's name in Key Vault. */
  name: string
  /** A pinned version, or undefined for the latest. */
  version: string | undefined
  /** The key the sample stores the value under: the env var the app used, else the file name. */
  key: string
  /** A comment line body naming the env var the app read before, or undefined. */
  note: string | undefined
}

function sampleReads(r: Resolved, style: LiteralStyle): SampleRead[] {
  return objectsOf(r).map((o: ResolvedObject) => {
    const env = o.env.trim()
    const version = o.version.trim()
    return {
      type: o.type,
      name: stringLiteral(o.name, style),
      version: version === '' ? undefined : stringLiteral(version, style),
      key: stringLiteral(env === '' ? o.fileName : env, style),
      note:
        env === ''
          ? undefined
          : `Until now the app read this from the environment variable ${stringLiteral(env, style)}.`,
    }
  })
}

/** The reads of one object type, and what every sample names and says about them. */
export interface ReadGroup {
  type: ObjectType
  /** The collection the sample stores the values in, and the word its log line counts them with. */
  name: string
  /** What the values are, for the comment above the reads. */
  comment: string[]
  reads: SampleRead[]
}

/** Why the sample reads a `cert` object with the certificate client, said once per sample. */
export const CERT_NOTE =
  'A cert object is the public certificate only; to get its private key, read the secret of the same name.'

// Every sample reads, installs and counts in this order.
const GROUPS: Omit<ReadGroup, 'reads'>[] = [
  { type: 'secret', name: 'secrets', comment: ['Secret values, as text.'] },
  { type: 'cert', name: 'certificates', comment: ['Public certificates, as DER bytes.', CERT_NOTE] },
  {
    type: 'key',
    name: 'keys',
    comment: ['Public keys, as JSON Web Keys: private key material never leaves Key Vault.'],
  },
]

/** The objects to read as safe literals for the language, grouped by type; a type with no object is left out. */
export function readGroups(r: Resolved, style: LiteralStyle): ReadGroup[] {
  const reads = sampleReads(r, style)
  return GROUPS.map((group) => ({
    ...group,
    reads: reads.filter((read) => read.type === group.type),
  })).filter((group) => group.reads.length > 0)
}

/** The call arguments most SDKs take: the name, then the version when one is pinned. */
export const nameAndVersion = (read: SampleRead): string =>
  read.version === undefined ? read.name : `${read.name}, ${read.version}`

/** Said once at the top of every sample: where the credential comes from, why names look escaped, rotation. */
export const HEADER_NOTES = [
  'DefaultAzureCredential uses the workload identity AKS injects into the pod (AZURE_CLIENT_ID,',
  'AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE): no password in the code, the image or the cluster.',
  'Names are escaped string literals, so no name can change the code around it.',
  'The values are read once at start-up. To pick up a rotated secret, read it again (for example on a',
  'timer, or after an authentication failure): a read without a version always returns the latest.',
]
