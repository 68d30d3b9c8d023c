import { fields, list, text } from '../shared/bridge.ts'
import { nsLabel, type ImportedDoc } from '../shared/types.ts'

/** An akv2k8s AzureKeyVaultSecret, read from any served version (pkg/k8s/apis/azurekeyvault/v2beta1/types.go). */
export interface Akvs {
  doc: ImportedDoc
  name: string
  namespace: string
  vault: string
  objectName: string
  objectType: string
  version: string
  contentType: string
  azureIdentity: string
  /** Controller output; undefined for an akvs used only by env injection. */
  secret?: { name: string; type: string; dataKey: string; chainOrder: string }
  configMap?: { name: string; dataKey: string }
  transforms: string[]
}

const str = (value: unknown): string => (text(value) ?? '').trim()

export function readAkvs(doc: ImportedDoc): Akvs {
  const spec = fields(doc.object['spec'])
  const vault = fields(spec['vault'])
  const object = fields(vault['object'])
  const output = fields(spec['output'])
  const secret = fields(output['secret'])
  const configMap = fields(output['configMap'])
  return {
    doc,
    name: doc.name,
    namespace: doc.namespace,
    vault: str(vault['name']),
    objectName: str(object['name']),
    objectType: str(object['type']),
    version: str(object['version']),
    contentType: str(object['contentType']),
    azureIdentity: str(fields(vault['azureIdentity'])['name']),
    ...(str(secret['name'])
      ? {
          secret: {
            name: str(secret['name']),
            type: str(secret['type']),
            dataKey: str(secret['dataKey']),
            chainOrder: str(secret['chainOrder']),
          },
        }
      : {}),
    ...(str(configMap['name'])
      ? { configMap: { name: str(configMap['name']), dataKey: str(configMap['dataKey']) } }
      : {}),
    transforms: list(output['transform']).map(str),
  }
}

export const akvsLabel = (a: Akvs): string => `AzureKeyVaultSecret ${nsLabel(a.namespace)}/${a.name}`
