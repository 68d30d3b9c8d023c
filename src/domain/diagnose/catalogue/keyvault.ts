/**
 * Key Vault's own answers to the provider's reads (403, 404). The provider wraps each as
 * "failed to get objectType:%s, objectName:%s, objectVersion:%s: <Key Vault error>"
 * (Azure/secrets-store-csi-driver-provider-azure pkg/provider/provider.go, wrapObjectTypeError).
 */
import { PLACEHOLDER } from '../bridge.ts'
import { facts, nameOr, q, say, sh, yaml, vaultOf } from '../fix.ts'
import type { Entry } from './entry.ts'
import { missingVersion } from './vault-state.ts'
import { COLLECTION, POLICY_FLAG, ROLE, ROLE_READS, TYPE_WORD, typeOf, type KvType } from './roles.ts'

/** The object's own resource id: the scope the setup script grants on (least privilege). */
const objectScope = (vault: string, type: KvType, name: string) =>
  `"$(az keyvault show -n ${q(vault)} --query id -o tsv)/${COLLECTION[type]}/"${q(name)}`

const rbacDenied: Entry = {
  id: 'kv-rbac-denied',
  title: 'Key Vault (Azure RBAC) denies the read',
  weight: 70,
  // Text: Key Vault 403 "Caller is not authorized to perform action on resource ... DecisionReason:
  // 'DeniedWithNoValidRBAC' ... InnerError={"code":"ForbiddenByRbac"}", pasted in
  // https://github.com/Azure/secrets-store-csi-driver-provider-azure/issues/906 and
  // https://github.com/piyushsachdeva/Terraform_AKS/issues/2
  source: 'MicrosoftDocs/azure-docs articles/key-vault/general/rest-error-codes.md',
  needles: [
    'forbiddenbyrbac',
    'deniedwithnovalidrbac',
    'caller is not authorized to perform action on resource',
  ],
  explain: (c) => {
    const type: KvType = typeOf(c.facts.action) ?? typeOf(c.facts.objectType) ?? 'secret'
    const vault = vaultOf(c)
    const who = nameOr(PLACEHOLDER.client, c.facts.callerAppId, c.names.client)
    const object = c.facts.objectName ? ` "${c.facts.objectName}"` : ''
    return {
      cause: `The vault uses Azure RBAC and the identity ${who} has no role that lets it read the ${TYPE_WORD[type]}${object} in ${vault}.`,
      facts: facts(
        ['Caller app (client) ID', c.facts.callerAppId],
        ['Caller object ID', c.facts.callerObjectId],
        ['Vault', c.facts.vault],
        ['Object', c.facts.objectName],
        ['Object type', type],
        ['Denied action', c.facts.action],
      ),
      fix: [
        say(
          c.facts.objectName
            ? `Give the identity "${ROLE[type]}" on this ${TYPE_WORD[type]} only, as the setup script does (${ROLE_READS[ROLE[type]]}):`
            : `Give the identity "${ROLE[type]}" on each ${TYPE_WORD[type]} it reads, as the setup script does (${ROLE_READS[ROLE[type]]}; on the whole vault it reaches every object of the vault):`,
        ),
        sh(
          `az role assignment create --role ${q(ROLE[type])} \\`,
          c.facts.callerObjectId
            ? `  --assignee-object-id ${q(c.facts.callerObjectId)} --assignee-principal-type ServicePrincipal \\`
            : `  --assignee ${q(who)} \\`,
          `  --scope ${objectScope(vault, type, nameOr(PLACEHOLDER.object, c.facts.objectName))}`,
        ),
        say(
          'A new role assignment can take a few minutes to apply; the kubelet retries the mount by itself. ' +
            'If this app ID is not the identity you meant, the clientID (or userAssignedIdentityID) in the SecretProviderClass names the wrong one.',
        ),
      ],
    }
  },
}

const POLICY_PERMISSION = /does not have (secrets|keys|certificates) ([a-z]{1,20}) permission/

const policyDenied: Entry = {
  id: 'kv-access-policy-denied',
  title: 'Key Vault (access policies) denies the read',
  weight: 70,
  // Text: "The user, group or application 'appid=...;oid=...;iss=...' does not have secrets get permission on
  // key vault 'NAME;location=...'" InnerError AccessDenied / ForbiddenByPolicy, pasted in
  // https://github.com/turbot/steampipe-plugin-azure/issues/127 and
  // https://github.com/SparebankenVest/azure-key-vault-to-kubernetes/issues/232 (ForbiddenByPolicy, OBO).
  source: 'MicrosoftDocs/azure-docs articles/key-vault/general/rest-error-codes.md',
  needles: ['permission on key vault', 'forbiddenbypolicy'],
  explain: (c) => {
    const m = POLICY_PERMISSION.exec(c.window)
    const type: KvType = typeOf(m?.[1]) ?? typeOf(c.facts.objectType) ?? 'secret'
    const permission = m?.[2] ?? 'get'
    const vault = vaultOf(c)
    const principal = c.facts.callerObjectId
      ? `--object-id ${q(c.facts.callerObjectId)}`
      : `--spn ${q(nameOr(PLACEHOLDER.client, c.facts.callerAppId, c.names.client))}`
    const obo = c.window.includes('on-behalf-of')
    return {
      cause: obo
        ? `The vault's access policy for this caller is a compound (application + user) entry, so Key Vault demands an on-behalf-of token the driver never sends.`
        : `The vault uses access policies and none gives this identity "${permission}" on ${TYPE_WORD[type]}s in ${vault}.`,
      facts: facts(
        ['Caller app (client) ID', c.facts.callerAppId],
        ['Caller object ID', c.facts.callerObjectId],
        ['Vault', c.facts.vault],
        ['Missing permission', m ? `${m[1]} ${m[2]}` : undefined],
        ['Object', c.facts.objectName],
      ),
      fix: [
        ...(obo
          ? [say('Delete the compound access policy entry, then add one for the identity alone:')]
          : []),
        sh(`az keyvault set-policy -n ${q(vault)} ${principal} ${POLICY_FLAG[type]} ${permission}`),
        say(
          'Only the permission the mount needs; the provider reads with get (and list for objectVersionHistory).',
        ),
      ],
    }
  },
}

const firewall: Entry = {
  id: 'kv-firewall',
  title: "The vault's firewall blocks the cluster",
  weight: 76,
  // Text: "Client address is not authorized and caller is not a trusted service.\r\nClient address: ..."
  // InnerError ForbiddenByFirewall, https://github.com/Azure/azure-cli-extensions/issues/7685 and
  // https://github.com/hashicorp/terraform-provider-azurerm/issues/4553
  source: 'MicrosoftDocs/azure-docs articles/key-vault/general/network-security.md',
  needles: ['forbiddenbyfirewall', 'client address is not authorized'],
  explain: (c) => {
    const vault = vaultOf(c)
    const address = nameOr('<cluster-outbound-ip>', c.facts.clientAddress)
    return {
      cause: `The vault ${vault} only accepts listed networks, and the request came from ${address}, which is not one of them.`,
      facts: facts(
        ['Client address', c.facts.clientAddress],
        ['Vault', c.facts.vault],
        ['Caller app ID', c.facts.callerAppId],
      ),
      fix: [
        say('Allow the address the cluster reaches the vault from (its outbound IP):'),
        sh(`az keyvault network-rule add -n ${q(vault)} --ip-address ${q(`${address}/32`)}`),
        say(
          'Better for a private cluster: a private endpoint for the vault in the cluster network, or a virtual network rule for the node subnet ' +
            '(`az keyvault network-rule add -n VAULT --subnet <node-subnet-id>`, with the Microsoft.KeyVault service endpoint on that subnet).',
        ),
      ],
    }
  },
}

const NOT_FOUND =
  /A (secret|key|certificate) with \(name\/id\) ([A-Za-z0-9-]{1,127})(?:\/[0-9a-f]{32})? was not found/

const objectNotFound: Entry = {
  id: 'kv-object-not-found',
  title: 'The object is not in the vault (or is another type)',
  weight: 66,
  // Text: Key Vault 404 "A secret with (name/id) NAME was not found in this key vault", code SecretNotFound
  // (KeyNotFound, CertificateNotFound), https://github.com/Azure/azure-sdk-for-js/issues/25489
  source: 'MicrosoftDocs/azure-docs articles/key-vault/general/rest-error-codes.md',
  needles: ['secretnotfound', 'keynotfound', 'certificatenotfound', 'was not found in this key vault'],
  // A pinned version that does not exist is another finding (vault-state.ts): the object itself is there.
  accept: (c) => missingVersion(c) === undefined,
  explain: (c) => {
    const m = NOT_FOUND.exec(c.window)
    const type: KvType = typeOf(m?.[1]) ?? typeOf(c.facts.objectType) ?? 'secret'
    const name = nameOr(PLACEHOLDER.object, m?.[2], c.facts.objectName)
    const vault = vaultOf(c)
    const others = (['secret', 'key', 'cert'] as const).filter((t) => t !== type)
    const cmd = (t: KvType) =>
      `az keyvault ${t === 'cert' ? 'certificate' : t} show --vault-name ${q(vault)} -n ${q(name)} --query id -o tsv`
    return {
      cause: `The vault ${vault} has no ${TYPE_WORD[type]} named "${name}": the name is misspelt, it was deleted, it lives in another vault, or it is a ${others.map((t) => TYPE_WORD[t]).join(' or ')}.`,
      facts: facts(['Vault', c.facts.vault], ['Object', name], ['Object type asked for', type]),
      fix: [
        say('See what the vault holds under that name, as each type:'),
        sh(
          `az keyvault ${type === 'cert' ? 'certificate' : type} list --vault-name ${q(vault)} --query '[].name' -o tsv`,
          ...others.map(cmd),
          `az keyvault ${type === 'cert' ? 'certificate' : type} list-deleted --vault-name ${q(vault)} --query '[].name' -o tsv`,
        ),
        say(
          'Then correct objectName or objectType in the SecretProviderClass (lower case: secret, key or cert):',
        ),
        yaml('objects: |', '  array:', '    - |', `      objectName: ${name}`, `      objectType: ${type}`),
      ],
    }
  },
}

export const KEY_VAULT_ENTRIES: Entry[] = [rbacDenied, policyDenied, firewall, objectNotFound]
