import { isPlaceholder } from '../placeholder.ts'
import { validateImage } from './image-reference.ts'
import { shellWords } from '../../text/shell-words.ts'
import { quote } from './quote.ts'
import { looksLikeSecret } from './secret-words.ts'
import { MAX_ANSWER_CHARS, rule, type FieldValidator } from './rule.ts'

export type { FieldValidator } from './rule.ts'
export { validateImage }

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

const dnsLabel = (label: string): FieldValidator =>
  rule(
    label,
    'be 1–63 lowercase letters, digits or hyphens, and start and end with a letter or digit',
    (v) => v.length <= 63 && DNS_LABEL.test(v),
    63,
  )

// Kubernetes object names: the label rule applies to each dot-separated part, as in apimachinery.
const dnsSubdomain = (label: string): FieldValidator =>
  rule(
    label,
    'be 1–253 lowercase letters, digits, hyphens or dots, and start and end with a letter or digit (also on each side of a dot)',
    (v) => v.length <= 253 && DNS_SUBDOMAIN.test(v),
    253,
  )

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const guid = (label: string, what: string): FieldValidator =>
  rule(
    label,
    `be a GUID (${what}): 8-4-4-4-12 hexadecimal digits, like 3f2504e0-4f89-11d3-9a0c-0305e82c3301`,
    (v) => GUID.test(v),
  )

export const validateAppName = dnsLabel('Application name')
export const validateNamespace = dnsLabel('Namespace')
export const validateServiceAccountName = dnsSubdomain('Service account name')
export const validateSpcName = dnsSubdomain('SecretProviderClass name')
export const validateTenantId = guid('Tenant ID', "the vault's Microsoft Entra tenant")
export const validateClientId = guid('Client ID', 'the client ID of the identity')

// Azure's naming rules (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules,
// Microsoft.KeyVault vaults: 3-24 alphanumerics and hyphens, start with a letter, end with a letter or digit,
// no consecutive hyphens); the provider itself checks only the length and the character set. The `kv` answer
// and an object's `VAULT` field (issue 17) both name a vault.
export const validateKeyVaultName = rule(
  'Key Vault name',
  'be 3–24 letters, digits or hyphens, start with a letter, end with a letter or digit, and have no "--"',
  (v) => /^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$/.test(v) && !v.includes('--'),
  24,
)

export const validateObjectName = rule(
  'Key Vault object name',
  'be 1–127 letters, digits or hyphens, and start with a letter',
  (v) => /^[A-Za-z][A-Za-z0-9-]{0,126}$/.test(v),
  127,
)

export const validateObjectVersion = rule(
  'Object version',
  'be a Key Vault version ID: 32 hexadecimal digits (leave it empty for the latest version)',
  (v) => /^[0-9a-fA-F]{32}$/.test(v),
)

// ASCII only, although Azure also accepts other Unicode letters: the name goes into a shell script.
export const validateResourceGroup = rule(
  'Resource group',
  'be 1–90 letters, digits, "_", "-", ".", "(" or ")", and not end with "."',
  (v) => /^[A-Za-z0-9_.()-]{1,90}$/.test(v) && !v.endsWith('.'),
  90,
)

export const validateClusterName = rule(
  'AKS cluster name',
  'be 1–63 letters, digits, "_" or "-", and start and end with a letter or digit',
  (v) => /^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$/.test(v),
  63,
)

// A POSIX name (XBD 8.1: letters, digits and "_", not starting with a digit), narrower than Kubernetes
// (which allows "-" and "."): option 2's wrapper passes each variable to `env`, where a name starting with
// "-" was read as an option (`-u`, `-S`) that printed or ran the secret (issue 15). Every shell and runtime
// can read a POSIX name.
export const validateEnvVarName = rule(
  'Environment variable name',
  'be 1–256 letters, digits or "_", and not start with a digit (a POSIX name, such as DB_PASSWORD)',
  (v) => /^[A-Za-z_][A-Za-z0-9_]{0,255}$/.test(v),
  256,
)

const FILE_SEGMENT = /^[A-Za-z0-9._-]+$/

// The provider refuses absolute names and any "..". The narrow character set keeps the name safe inside the
// quoted paths of option 2's wrapper script and, with "/" read as ".", valid as an option 3 Secret key.
export const validateFileName = rule(
  'File name',
  'be a relative path of 1–253 letters, digits, ".", "_" or "-", with "/" only between names, no "." or ".." part and no ".."',
  (v) =>
    v.length >= 1 &&
    v.length <= 253 &&
    !v.includes('..') &&
    v.split('/').every((part) => FILE_SEGMENT.test(part) && part !== '.'),
  253,
)

export const validateMountPath = rule(
  'Mount path',
  'be an absolute path of at most 1024 characters other than "/" made of letters, digits, ".", "_", "-" and "/", without ".." or ":"',
  (v) => v.length <= 1024 && /^\/[A-Za-z0-9._/-]*$/.test(v) && !/^\/+$/.test(v) && !v.includes('..'),
  1024,
)

export const validatePort = rule(
  'Container port',
  'be a whole number from 1 to 65535, digits only',
  (v) => /^[1-9][0-9]{0,4}$/.test(v) && Number(v) <= 65535,
)

// The wrapper runs it with `exec`, so it is split into words as sh would (text/shell-words.ts) and what
// only a shell understands is refused with the reason. One line, no NUL (it would end the string early), and
// not the placeholder written while it is missing.
const validStartLine = rule(
  'Start command',
  'be the command that starts the container (such as python app.py) on a single line, without NUL characters',
  (v) => v.trim() !== '' && !/[\r\n\0]/.test(v) && !isPlaceholder(v.trim()),
)

export const validateStartCommand: FieldValidator = (v) => {
  const line = validStartLine(v)
  if (line !== undefined) return line
  const split = shellWords(v)
  return 'problem' in split ? `Start command ${quote(v)} must ${split.problem}` : undefined
}

/**
 * A start command that holds what looks like a secret (`--password x`, `TOKEN=...`, secret-words.ts). The
 * command goes into the link, this browser's storage and the files, so it is said at the field; a secret
 * belongs in Key Vault, read by the app as one of the objects.
 */
export const startCommandWarning: FieldValidator = (v) =>
  v.length <= MAX_ANSWER_CHARS && looksLikeSecret(v)
    ? 'This command seems to hold a secret. It goes into the link, this browser’s storage and the generated files: keep the secret in Key Vault and add it as one of the objects below instead.'
    : undefined

// Go's time.ParseDuration format, as the add-on's `--rotation-poll-interval` is passed to the driver flag of
// the same name (a Go duration; shared/reference/csi-provider-azure.md §5). Whole hours, minutes and seconds
// only: finer units make no sense for a poll and keep the value safe in the script.
export const validatePollInterval = rule(
  'Rotation poll interval',
  'be a duration above zero such as 2m, 90s or 1h30m: whole numbers with h, m or s, largest unit first',
  (v) => /^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/.test(v) && /[1-9]/.test(v),
  16,
)

/** The validator of every free-text field of a Key Vault object. */
export const OBJECT_VALIDATORS = {
  name: validateObjectName,
  env: validateEnvVarName,
  file: validateFileName,
  version: validateObjectVersion,
  vault: validateKeyVaultName,
} as const satisfies Record<string, FieldValidator>
