/**
 * Reads names out of the text around a recognised line: who called, which vault and object, which pod.
 * Patterns follow the upstream texts cited in the catalogue; every repetition is bounded, so a long line
 * costs linear time.
 */

/** Text around the evidence with JSON escapes undone, so `secret \"x\"` reads like `secret "x"`. */
export function flatten(window: string): string {
  return window
    .split('\\r\\n')
    .join(' ')
    .split('\\n')
    .join(' ')
    .split('\\"')
    .join('"')
    .split('\\\\')
    .join('\\')
}

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'

function first(text: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(text)
  return m?.[1]
}

/** Every fact a fix can use; each undefined when the text does not say it. */
export interface TextFacts {
  callerAppId?: string
  callerObjectId?: string
  tokenTenant?: string
  vault?: string
  objectName?: string
  objectType?: string
  action?: string
  podNamespace?: string
  podName?: string
  clientAddress?: string
  node?: string
  /** The SecretProviderClass the pod's volume names (describe: "VolumeAttributes: secretProviderClass=NAME"). */
  spc?: string
  /** describe's "Service Account:" line. */
  serviceAccount?: string
}

// Key Vault's 403 texts: "Caller: appid=...;oid=...;iss=https://sts.windows.net/<tenant>/" and
// "'appid=...;oid=...;numgroups=2;iss=...'" (access policies).
const APPID = new RegExp(`appid=(${GUID})`)
const OID = new RegExp(`oid=(${GUID})`)
const ISS_TENANT = new RegExp(`iss=https://sts\\.windows\\.net/(${GUID})`)
const VAULT_LINE = /Vault: ([A-Za-z0-9-]{3,24});/
const VAULT_POLICY = /on key vault '([A-Za-z0-9-]{3,24});/
const VAULT_URL = /https:\/\/([A-Za-z0-9-]{3,24})\.vault\.(?:azure\.net|usgovcloudapi\.net|azure\.cn)/
// A resource ID, not an RBAC action ("Microsoft.KeyVault/vaults/secrets/getSecret/action" names no vault).
const VAULT_RESOURCE = /providers\/microsoft\.keyvault\/vaults\/([A-Za-z0-9-]{3,24})/i
// The provider's wrapObjectTypeError: "failed to get objectType:%s, objectName:%s, objectVersion:%s".
const OBJECT_NAME = /objectName:\s{0,2}([A-Za-z0-9-]{1,127})/
const OBJECT_TYPE = /objectType:\s{0,2}(secret|key|cert)\b/
// The object in a vault URL or resource ID (an action's "vaults/certificates/read" is neither).
const OBJECT_URL =
  /(?:\.vault\.(?:azure\.net|usgovcloudapi\.net|azure\.cn)|\/vaults\/[A-Za-z0-9-]{3,24})\/(secrets|keys|certificates)\/([A-Za-z0-9-]{1,127})/i
const ACTION = /Action: '([A-Za-z0-9./_-]{1,200})'/
// The driver: "failed to mount secrets store objects for pod %s/%s" and klog's pod="ns/name".
const POD = /for pod ([a-z0-9][a-z0-9.-]{0,62})\/([a-z0-9][a-z0-9.-]{0,252})/
const POD_KLOG = /pod="([a-z0-9][a-z0-9.-]{0,62})\/([a-z0-9][a-z0-9.-]{0,252})"/
const CLIENT_ADDRESS = /Client address: ([0-9a-fA-F.:]{3,45})/
const NODE_DESCRIBE = /^Node:\s{1,20}([a-z0-9][a-z0-9.-]{0,252})/m
const NAME_DESCRIBE = /^Name:\s{1,20}([a-z0-9][a-z0-9.-]{0,252})$/m
const NAMESPACE_DESCRIBE = /^Namespace:\s{1,20}([a-z0-9][a-z0-9-]{0,62})$/m
const NODE_ASSIGNED =
  /Successfully assigned [a-z0-9.-]{1,253}\/[a-z0-9.-]{1,253} to ([a-z0-9][a-z0-9.-]{0,252})/

const SPC_ATTRIBUTE = /secretProviderClass[=:]\s{0,4}"?([a-z0-9][a-z0-9.-]{0,252})/
const SERVICE_ACCOUNT = /^Service Account:\s{1,20}([a-z0-9][a-z0-9.-]{0,252})$/m

const OBJECT_TYPE_OF_URL: Record<string, string> = { secrets: 'secret', keys: 'key', certificates: 'cert' }

export function readFacts(text: string): TextFacts {
  const objectUrl = OBJECT_URL.exec(text)
  const pod = POD.exec(text) ?? POD_KLOG.exec(text)
  return {
    callerAppId: first(text, APPID),
    callerObjectId: first(text, OID),
    tokenTenant: first(text, ISS_TENANT),
    vault:
      first(text, VAULT_LINE) ??
      first(text, VAULT_POLICY) ??
      first(text, VAULT_URL) ??
      first(text, VAULT_RESOURCE),
    objectName: first(text, OBJECT_NAME) ?? objectUrl?.[2],
    objectType: first(text, OBJECT_TYPE) ?? (objectUrl ? OBJECT_TYPE_OF_URL[objectUrl[1] ?? ''] : undefined),
    action: first(text, ACTION),
    podNamespace: pod?.[1] ?? first(text, NAMESPACE_DESCRIBE),
    podName: pod?.[2] ?? first(text, NAME_DESCRIBE),
    clientAddress: first(text, CLIENT_ADDRESS),
    node: first(text, NODE_DESCRIBE) ?? first(text, NODE_ASSIGNED),
    spc: first(text, SPC_ATTRIBUTE),
    serviceAccount: first(text, SERVICE_ACCOUNT),
  }
}

export { GUID, first }
