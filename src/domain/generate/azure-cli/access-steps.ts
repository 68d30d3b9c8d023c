import type { ObjectType } from '../../answers/model.ts'
import { COLLECTION, ROLE } from '../../azure/roles.ts'
import { shQuote } from '../shell.ts'
import type { ScriptContext, VaultObjectRef } from './context.ts'
import type { Step } from './step.ts'

/** Access policy permission category per objectType (`az keyvault set-policy --<category>-permissions`). */
const POLICY_CATEGORY: Record<ObjectType, { query: string; flag: string }> = {
  secret: { query: 'secrets', flag: '--secret-permissions' },
  key: { query: 'keys', flag: '--key-permissions' },
  cert: { query: 'certificates', flag: '--certificate-permissions' },
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]

function rbacLines(objects: readonly VaultObjectRef[]): string[] {
  const perObject = objects.map(
    (o: VaultObjectRef) =>
      `    grant_role '${ROLE[o.type]}' "$KV_ID/${COLLECTION[o.type]}/"${shQuote(o.name)}`,
  )
  const perVault = unique(objects.map((o) => ROLE[o.type])).map((role) => `    grant_role '${role}' "$KV_ID"`)
  return [
    '  # Assigns ROLE on SCOPE to PRINCIPAL_ID unless that assignment exists already.',
    '  grant_role() {',
    '    local count',
    '    count="$(az role assignment list --role "$1" --scope "$2" \\',
    '      --query "length([?principalId==\'$PRINCIPAL_ID\'])" -o tsv)"',
    '    if [ "$count" = 0 ]; then',
    '      az role assignment create --role "$1" \\',
    '        --assignee-object-id "$PRINCIPAL_ID" --assignee-principal-type ServicePrincipal \\',
    '        --scope "$2" -o none',
    '    fi',
    '  }',
    '  if [ "$PER_OBJECT_SCOPE" = true ]; then',
    ...unique(perObject),
    '  else',
    ...perVault,
    '  fi',
  ]
}

/**
 * `az keyvault set-policy --secret-permissions get` replaces the secret permissions of an existing policy
 * (Azure/azure-cli src/azure-cli/azure/cli/command_modules/keyvault/custom.py `set_policy`: a given
 * category replaces the old list, a category not given is kept). So each category is read first, `get`
 * is added to what is there, and set-policy runs only when `get` was missing.
 */
function accessPolicyLines(objects: readonly VaultObjectRef[]): string[] {
  const categories = unique(objects.map((o) => POLICY_CATEGORY[o.type]))
  return [
    '  # The permissions of one category (secrets, keys, certificates) in the policy of PRINCIPAL_ID, one a line.',
    '  policy_permissions() {',
    '    az keyvault show -n "$KV" --subscription "$KV_SUBSCRIPTION" \\',
    '      --query "properties.accessPolicies[?objectId==\'$PRINCIPAL_ID\'] | [0].permissions.$1" -o tsv |',
    "      tr '[:upper:]' '[:lower:]' | tr -s '[:blank:]' '\\n' | sed '/^$/d'",
    '  }',
    '  POLICY_ARGS=()',
    ...categories.flatMap(({ query, flag }) => [
      `  PERMISSIONS="$(policy_permissions ${query})"`,
      '  if ! grep -qx get <<<"$PERMISSIONS"; then',
      '    # shellcheck disable=SC2206 # split on purpose: one word per permission (get, list, ...)',
      `    POLICY_ARGS+=(${flag} $PERMISSIONS get)`,
      '  fi',
    ]),
    '  if [ "${#POLICY_ARGS[@]}" -gt 0 ]; then',
    '    az keyvault set-policy -n "$KV" --subscription "$KV_SUBSCRIPTION" --object-id "$PRINCIPAL_ID" \\',
    '      "${POLICY_ARGS[@]}" -o none',
    '  fi',
  ]
}

export function accessStep(ctx: ScriptContext): Step {
  const roles = unique(ctx.objects.map((o) => ROLE[o.type]))
  return {
    title: 'Read access to the objects the app reads',
    why: [
      'The vault decides the model: Azure RBAC (role assignments) or the older access policies.',
      ...(roles.includes(ROLE.secret)
        ? ['RBAC, secrets: "Key Vault Secrets User" reads secret values and secret properties in its scope.']
        : []),
      ...(roles.includes(ROLE.key)
        ? [
            'RBAC, keys and certificates: "Key Vault Reader" reads their properties, a key\'s public part and',
            'the public certificate, and lists the properties (not values) of every object in its scope.',
          ]
        : []),
      'Scope: each object by default (PER_OBJECT_SCOPE above). No administrator or officer role: those',
      'could change and delete what the vault holds. A new assignment can take a few minutes to apply.',
      'Access policies: get on each kind of object the app reads, added to what the policy already allows',
      '(another app may share this identity); an access policy always covers the whole vault.',
    ],
    // KV_ID and KV_SUBSCRIPTION: found before any change (preflight-steps.ts vaultStep). With several vaults,
    // each has its own model (RBAC or access policies), so each is read and granted in turn.
    commands:
      ctx.vaults.length > 1
        ? ctx.vaults.flatMap((v, i) => [
            `KV="$KV_${i + 1}"`,
            `KV_ID="$KV_ID_${i + 1}"`,
            `KV_SUBSCRIPTION="$KV_SUBSCRIPTION_${i + 1}"`,
            ...grantLines(v.objects),
          ])
        : grantLines(ctx.objects),
  }
}

/** The grants in the vault `$KV` of the objects it holds, by the vault's model. */
const grantLines = (objects: readonly VaultObjectRef[]): string[] => [
  'KV_USES_RBAC="$(az keyvault show -n "$KV" --subscription "$KV_SUBSCRIPTION" \\',
  '  --query properties.enableRbacAuthorization -o tsv)"',
  'if [ "$KV_USES_RBAC" = \'true\' ]; then',
  ...rbacLines(objects),
  'else',
  ...accessPolicyLines(objects),
  'fi',
]
