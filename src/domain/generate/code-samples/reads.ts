import type { ObjectType } from '../../answers/model.ts'
import type { Resolved, ResolvedObject } from '../../answers/resolve.ts'
import { objectsOf } from '../plan.ts'
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

export function sampleReads(r: Resolved, style: LiteralStyle): SampleRead[] {
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

export const readsOfType = (reads: readonly SampleRead[], type: ObjectType): SampleRead[] =>
  reads.filter((read) => read.type === type)

/** Why the sample reads a `cert` object with the certificate client, said once per sample. */
export const CERT_NOTE =
  'A cert object is the public certificate only; to get its private key, read the secret of the same name.'

/** Why names are written the way they are, said once per sample. */
export const LITERAL_NOTE = 'Names are escaped string literals, so no name can change the code around it.'

export const CREDENTIAL_NOTE = [
  'DefaultAzureCredential uses the workload identity AKS injects into the pod (AZURE_CLIENT_ID,',
  'AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE): no password in the code, the image or the cluster.',
]

export const ROTATION_NOTE = [
  'The values are read once at start-up. To pick up a rotated secret, read it again (for example on a',
  'timer, or after an authentication failure): a read without a version always returns the latest.',
]
