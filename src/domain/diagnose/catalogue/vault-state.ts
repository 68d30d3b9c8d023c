/**
 * Key Vault answers that are about the object or the vault's load, not about who asks: a disabled object, a
 * pinned version that does not exist, throttling. The fixes never assign a role.
 */
import { PLACEHOLDER } from '../bridge.ts'
import { facts, nameOr, q, say, sh, yaml, vaultOf } from '../fix.ts'
import type { Entry, MatchContext } from './entry.ts'
import { TYPE_WORD, typeOf, type KvType } from './roles.ts'

const AZ_GROUP: Record<KvType, string> = { secret: 'secret', key: 'key', cert: 'certificate' }

const DISABLED = /not allowed on a disabled (secret|key|certificate)/

const objectDisabled: Entry = {
  id: 'kv-object-disabled',
  title: 'The object is disabled in the vault',
  weight: 67,
  // Text: Key Vault 403 {"error":{"code":"Forbidden","message":"Operation get is not allowed on a disabled
  // secret.","innererror":{"code":"SecretDisabled"}}}, as recorded in Azure/azure-sdk-for-js
  // sdk/keyvault/keyvault-secrets (test recordings of a getSecret on a secret set with enabled: false).
  source: 'Azure/azure-sdk-for-js sdk/keyvault/keyvault-secrets',
  needles: ['secretdisabled', 'keydisabled', 'certificatedisabled', 'not allowed on a disabled'],
  explain: (c) => {
    const type: KvType = typeOf(DISABLED.exec(c.window)?.[1]) ?? typeOf(c.facts.objectType) ?? 'secret'
    const name = nameOr(PLACEHOLDER.object, c.facts.objectName)
    const vault = vaultOf(c)
    return {
      cause: `The ${TYPE_WORD[type]} "${name}" in ${vault} is disabled (its enabled attribute is false), so Key Vault refuses to return it to anyone: this is not a permission.`,
      facts: facts(['Vault', c.facts.vault], ['Object', c.facts.objectName], ['Object type', type]),
      fix: [
        say(
          'Enable it again if it was disabled by mistake (or point the SecretProviderClass at the object that replaced it):',
        ),
        sh(
          `az keyvault ${AZ_GROUP[type]} show --vault-name ${q(vault)} -n ${q(name)} --query attributes.enabled -o tsv`,
          `az keyvault ${AZ_GROUP[type]} set-attributes --vault-name ${q(vault)} -n ${q(name)} --enabled true`,
        ),
      ],
    }
  },
}

const VERSIONED = /with \(name\/id\) ([A-Za-z0-9-]{1,127})\/([0-9a-f]{32}) was not found/
const OBJECT_VERSION = /objectVersion:\s{0,2}([0-9a-f]{32})\b/

/** The version a not-found names, from Key Vault's message or the provider's "objectVersion:<v>". */
export const missingVersion = (c: MatchContext): string | undefined =>
  VERSIONED.exec(c.window)?.[2] ?? OBJECT_VERSION.exec(c.window)?.[1]

const versionNotFound: Entry = {
  id: 'kv-version-not-found',
  title: 'The pinned version of the object does not exist',
  weight: 66,
  // Text: Key Vault 404 "A secret with (name/id) NAME/VERSION was not found in this key vault" (SecretNotFound),
  // for the objectVersion the provider asks for ("failed to get objectType:%s, objectName:%s, objectVersion:%s",
  // Azure/secrets-store-csi-driver-provider-azure pkg/provider/provider.go).
  source: 'Azure/secrets-store-csi-driver-provider-azure pkg/provider/provider.go',
  needles: ['with (name/id) '],
  accept: (c) => missingVersion(c) !== undefined,
  explain: (c) => {
    const version = missingVersion(c) ?? '<version>'
    const type: KvType = typeOf(c.facts.objectType) ?? 'secret'
    const name = nameOr(PLACEHOLDER.object, VERSIONED.exec(c.window)?.[1], c.facts.objectName)
    const vault = vaultOf(c)
    return {
      cause: `The ${TYPE_WORD[type]} "${name}" exists in ${vault}, but not in the version ${version} that objectVersion pins: the version id is mistyped, or that version was purged.`,
      facts: facts(['Vault', c.facts.vault], ['Object', name], ['Pinned version', version]),
      fix: [
        say('List the versions that exist:'),
        sh(
          `az keyvault ${AZ_GROUP[type]} list-versions --vault-name ${q(vault)} -n ${q(name)} --query "[].{id:id, enabled:attributes.enabled, created:attributes.created}" -o table`,
        ),
        say('Pin one of them (the last part of its id), or leave objectVersion empty for the latest:'),
        yaml('    - |', `      objectName: ${name}`, `      objectType: ${type}`, '      objectVersion: ""'),
      ],
    }
  },
}

const throttled: Entry = {
  id: 'kv-throttled',
  title: 'Key Vault throttles the requests (429)',
  weight: 65,
  // Text: Key Vault 429 {"error":{"code":"Throttled","message":"Request was not processed because too many
  // requests were received..."}} and azcore's "RESPONSE 429: 429 Too Many Requests"; the limits per vault and
  // the advice (back off, cache) in MicrosoftDocs/azure-docs articles/key-vault/general/overview-throttling.md.
  source: 'MicrosoftDocs/azure-docs articles/key-vault/general/overview-throttling.md',
  needles: [
    'response 429',
    'statuscode=429',
    'status code: 429',
    '"code":"throttled"',
    'too many requests were received',
  ],
  explain: (c) => {
    const rg = q(nameOr(PLACEHOLDER.rg, c.names.rg))
    const cluster = q(nameOr(PLACEHOLDER.cluster, c.names.cluster))
    return {
      cause: `Key Vault ${vaultOf(c)} received more requests than its limit allows and rejected these: every pod that mounts the volume reads each object, and with rotation on every pod reads them again at each poll interval.`,
      facts: facts(['Vault', c.facts.vault], ['Object', c.facts.objectName]),
      fix: [
        say('Read less often: a longer rotation poll interval (the add-on’s default is 2m):'),
        sh(
          `az aks addon update -g ${rg} -n ${cluster} --addon azure-keyvault-secrets-provider --enable-secret-rotation --rotation-poll-interval 10m`,
        ),
        say(
          'Fewer readers: one SecretProviderClass per app rather than per pod, fewer replicas starting at once, or one vault per app when many apps share it. An app that reads Key Vault itself should cache each value.',
        ),
      ],
    }
  },
}

export const VAULT_STATE_ENTRIES: Entry[] = [objectDisabled, versionNotFound, throttled]
