import type { ScriptContext } from './context.ts'
import type { Step } from './step.ts'

export const tenantStep = (): Step => ({
  title: "The vault's tenant",
  why: ['tenantID in the manifests must be the tenant of the vault, or every token request fails.'],
  commands: [
    'VAULT_TENANT_ID="$(az keyvault show -n "$KV" --query properties.tenantId -o tsv)"',
    'if [ "$VAULT_TENANT_ID" != "$TENANT_ID" ]; then',
    '  echo "The manifests use tenant $TENANT_ID, but the vault is in tenant $VAULT_TENANT_ID." >&2',
    '  echo "Enter $VAULT_TENANT_ID as the tenant in the wizard and download the files again." >&2',
    'fi',
  ],
})

/**
 * Least privilege on one vault: Secrets User reads secret values (and a certificate's private key, read as
 * a secret); Certificate User reads certificates and keys. Never an administrator role, which could change
 * and delete everything in the vault.
 */
export function accessStep(ctx: ScriptContext): Step {
  const secrets = ctx.types.has('secret')
  const certsOrKeys = ctx.types.has('cert') || ctx.types.has('key')
  const roles = [
    ...(secrets ? ['Key Vault Secrets User'] : []),
    ...(certsOrKeys ? ['Key Vault Certificate User'] : []),
  ]
  const permissions = [
    ...(secrets ? ['--secret-permissions get'] : []),
    ...(ctx.types.has('cert') ? ['--certificate-permissions get'] : []),
    ...(ctx.types.has('key') ? ['--key-permissions get'] : []),
  ]
  return {
    title: 'Read access to the vault, and nothing more',
    why: [
      'Least privilege: "Key Vault Secrets User" reads secret values; "Key Vault Certificate User" reads',
      'certificates and keys. Never an administrator role: that could change and delete what the vault holds.',
      'The vault decides the model: Azure RBAC (role assignments) or the older access policies.',
      'A new role assignment can take a few minutes to apply: a mount may fail with 403 until then.',
    ],
    commands: [
      'KV_ID="$(az keyvault show -n "$KV" --query id -o tsv)"',
      'KV_USES_RBAC="$(az keyvault show -n "$KV" --query properties.enableRbacAuthorization -o tsv)"',
      'if [ "$KV_USES_RBAC" = \'true\' ]; then',
      ...roles.flatMap((role) => [
        `  az role assignment create --role '${role}' \\`,
        '    --assignee-object-id "$PRINCIPAL_ID" --assignee-principal-type ServicePrincipal \\',
        '    --scope "$KV_ID" -o none',
      ]),
      'else',
      '  # Access policies: only get, only on the object types the app reads.',
      `  az keyvault set-policy -n "$KV" --object-id "$PRINCIPAL_ID" ${permissions.join(' ')} -o none`,
      'fi',
    ],
  }
}
