import { credentialsSecretName } from '../../k8s/names.ts'
import { shQuote } from '../shell.ts'
import type { ScriptContext } from './context.ts'
import { federatedCredentialName, newIdentityName } from './names.ts'

/** `NAME=value  # why`, the value single-quoted so that no answer can run as a command. */
const literal = (name: string, value: string, why: string): string => `${name}=${shQuote(value)}  # ${why}`

function clientIdLines(ctx: ScriptContext): string[] {
  const { r } = ctx
  switch (ctx.auth) {
    case 'workload':
      return ctx.newIdentity
        ? [
            '# The managed identity the script creates (or finds, when run again), named for the app and its',
            '# namespace; its client id goes into the manifests in place of the placeholder.',
            literal('IDENTITY_NAME', newIdentityName(r), 'managed identity to create'),
          ]
        : [literal('CLIENT_ID', r.client, 'client id of the existing managed identity the app runs as')]
    case 'uami':
      return [literal('CLIENT_ID', r.client, 'client id of the user-assigned identity on the nodes')]
    case 'podidentity':
      return [literal('CLIENT_ID', r.client, 'client id of the identity the AzureIdentity points at')]
    case 'sp':
      return [
        literal('CLIENT_ID', r.client, 'application (client) id of the existing service principal'),
        literal(
          'CREDENTIALS_SECRET',
          credentialsSecretName(r),
          'Secret the pod volume names (nodePublishSecretRef)',
        ),
      ]
    case 'system':
      return []
  }
}

/** The block at the top of the script: every value it uses, to review or edit in one place. */
export function variablesBlock(ctx: ScriptContext): string[] {
  const { r } = ctx
  // With `system` the script stops after its look-ups (identity-steps.ts): only what they read is listed.
  const stops = ctx.auth === 'system' && ctx.podReads
  return [
    '# Values from the wizard, quoted so that no value can run as a command. Review them before running.',
    literal('RG', r.rg, 'resource group of the AKS cluster'),
    literal('CLUSTER', r.cluster, 'AKS cluster name'),
    ...(ctx.vaults.length > 1
      ? ctx.vaults.map((v, i) => literal(`KV_${i + 1}`, v.name, `Key Vault ${i + 1} of ${ctx.vaults.length}`))
      : [literal('KV', ctx.vaults[0]?.name ?? r.kv, 'Key Vault name')]),
    ...(stops
      ? []
      : [literal('NS', r.ns, 'namespace of the app'), literal('APP', r.app, 'name of the Deployment')]),
    literal('TENANT_ID', r.tenant, 'tenant of the Key Vault'),
    ...(ctx.workloadIdentity
      ? [
          literal(
            'SA',
            r.sa,
            ctx.eso ? 'service account the SecretStore signs in as' : 'service account the pod runs as',
          ),
        ]
      : []),
    ...(ctx.podReads ? clientIdLines(ctx) : []),
    ...(ctx.workloadIdentity
      ? [
          literal(
            'FEDERATED_NAME',
            federatedCredentialName(r),
            'federated credential: cluster, namespace, SA',
          ),
        ]
      : []),
    ...(ctx.rotation && !stops
      ? [literal('POLL_INTERVAL', r.poll, 'how often the add-on re-reads Key Vault')]
      : []),
    ...(stops || !ctx.podReads
      ? []
      : [
          '# true: each role is assigned on each object the app reads ($KV_ID/secrets/<name>, /keys/<name>,',
          '# /certificates/<name>), the least privilege; a new object needs this script run again. false: on the',
          '# whole vault, which also covers objects added later but lets the identity read every object of that kind.',
          'PER_OBJECT_SCOPE=true',
        ]),
    '# The folder of this script, where the manifests from the wizard are too.',
    'HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"',
  ]
}
