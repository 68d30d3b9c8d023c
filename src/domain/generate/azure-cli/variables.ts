import { credentialsSecretName } from '../../k8s/names.ts'
import { shQuote } from '../shell.ts'
import type { ScriptContext } from './context.ts'

/** `NAME=value  # why`, the value single-quoted so that no answer can run as a command. */
const literal = (name: string, value: string, why: string): string => `${name}=${shQuote(value)}  # ${why}`

/** The block at the top of the script: every value it uses, to review or edit in one place. */
export function variablesBlock(ctx: ScriptContext): string[] {
  const { r } = ctx
  const clientId =
    ctx.auth === 'workload'
      ? 'client id of the managed identity the app runs as'
      : ctx.auth === 'uami'
        ? 'client id of the user-assigned identity on the nodes'
        : ctx.auth === 'podidentity'
          ? 'client id of the AzureIdentity the binding points at'
          : undefined
  return [
    '# Values from the wizard, quoted so that no value can run as a command. Review them before running.',
    literal('RG', r.rg, 'resource group of the AKS cluster'),
    literal('CLUSTER', r.cluster, 'AKS cluster name'),
    literal('KV', r.kv, 'Key Vault name'),
    literal('NS', r.ns, 'namespace of the app'),
    literal('APP', r.app, 'name of the Deployment'),
    literal('TENANT_ID', r.tenant, 'tenant of the Key Vault'),
    ...(clientId === undefined ? [] : [literal('CLIENT_ID', r.client, clientId)]),
    ...(ctx.workloadIdentity
      ? [
          literal('SA', r.sa, 'service account the pod runs as'),
          '# The managed identity to create, or an existing one to reuse (its client id must be CLIENT_ID).',
          'IDENTITY_NAME="${APP}-identity"',
        ]
      : []),
    ...(ctx.auth === 'sp'
      ? [
          literal(
            'CREDENTIALS_SECRET',
            credentialsSecretName(r),
            'Secret the pod volume names (nodePublishSecretRef)',
          ),
          'SP_NAME="${APP}-keyvault-reader"  # display name of the service principal to create',
        ]
      : []),
    '# The folder of this script, where the manifests from the wizard are too.',
    'HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"',
  ]
}
