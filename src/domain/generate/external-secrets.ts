import { secretKeyFor, type Resolved, type ResolvedObject } from '../answers/resolve.ts'
import type { Cloud } from '../answers/model.ts'
import {
  ESO_API_VERSION,
  esoDataItem,
  externalSecretManifest,
  templateRef,
  type EsoObjectKind,
} from '../k8s/external-secrets.ts'
import { appLabels, credentialsSecretName } from '../k8s/names.ts'
import type { ExternalSecret, SecretStore } from '../k8s/types.ts'
import type { Plan } from '../plan/plan.ts'
import type { VaultPlan } from '../plan/vaults.ts'
import { vaultUrl } from './cloud.ts'

/**
 * Option 3 with `sync=eso`: a namespaced SecretStore for the vault and one ExternalSecret that writes the
 * Secret the Deployment's env vars read (shared/reference/sync-eso-reloader.md, ESO
 * docs/provider/azure-key-vault.md).
 */

/** `spec.provider.azurekv.environmentType` per cloud (ESO apis/externalsecrets/v1/secretstore_azurekv_types.go). */
const ENVIRONMENT: Record<Cloud, string> = {
  AzurePublicCloud: 'PublicCloud',
  AzureUSGovernmentCloud: 'USGovernmentCloud',
  AzureChinaCloud: 'ChinaCloud',
}

/**
 * How ESO signs in. Workload identity: the "referenced service account" mode the ESO docs recommend: the
 * controller requests a token of the ServiceAccount named here (annotated with the client ID), so the
 * controller itself holds no Azure rights. The nodes' identities: ManagedIdentity through IMDS, with
 * `identityId` naming the user-assigned one (without it IMDS picks the system-assigned one).
 */
function auth(r: Resolved): Record<string, unknown> {
  switch (r.auth) {
    case 'workload':
      return { authType: 'WorkloadIdentity', serviceAccountRef: { name: r.sa } }
    case 'uami':
    case 'podidentity':
      return { authType: 'ManagedIdentity', identityId: r.client }
    case 'system':
      return { authType: 'ManagedIdentity' }
    case 'sp':
      // The Secret azure-setup.sh writes, with the keys the CSI driver reads too.
      return {
        authType: 'ServicePrincipal',
        authSecretRef: {
          clientId: { name: credentialsSecretName(r), key: 'clientid' },
          clientSecret: { name: credentialsSecretName(r), key: 'clientsecret' },
        },
      }
  }
}

/** The store of one vault: a SecretStore names one `vaultUrl`, so each vault has its own. */
export function secretStore({ r }: Plan, vault: VaultPlan): SecretStore {
  return {
    apiVersion: ESO_API_VERSION,
    kind: 'SecretStore',
    metadata: { name: vault.secretStore, namespace: r.ns, labels: appLabels(r) },
    spec: {
      provider: {
        azurekv: {
          // ESO's docs write the vault URL without the trailing slash.
          vaultUrl: vaultUrl(vault.name, r.cloud).replace(/\/$/, ''),
          environmentType: r.cloud === 'AzurePublicCloud' ? undefined : ENVIRONMENT[r.cloud],
          tenantId: r.tenant,
          ...auth(r),
        },
      },
    },
  }
}

const KIND: Record<ResolvedObject['type'], EsoObjectKind> = { secret: 'secret', cert: 'cert', key: 'key' }

/**
 * What one key of the Secret holds, so that the env var reads what option 3 with the driver gives: a
 * secret's value; a certificate's public part as PEM (ESO's `cert/` is DER: base64 it and wrap it in PEM
 * armour, lines of 64 as RFC 7468 asks); a key's public part as PEM (`key/` is JWK JSON: `jwkPublicKeyPem`,
 * runtime/template/v2/jwk.go). `regexReplaceAll`, `b64enc` and `trimSuffix` are sprig functions ESO
 * registers (runtime/template/v2/sprig/functions.go).
 */
function valueTemplate(o: ResolvedObject, key: string): string {
  const ref = templateRef(key)
  switch (o.type) {
    case 'secret':
      return `{{ ${ref} }}`
    case 'key':
      return `{{ ${ref} | jwkPublicKeyPem }}`
    case 'cert':
      return (
        '-----BEGIN CERTIFICATE-----\n' +
        `{{ ${ref} | b64enc | regexReplaceAll "(.{64})" "\${1}\\n" | trimSuffix "\\n" }}\n` +
        '-----END CERTIFICATE-----\n'
      )
  }
}

/** ESO re-reads Key Vault this often: at the poll interval when rotation matters, else ESO's default hour. */
export const refreshIntervalOf = (r: Resolved): string => (r.rotate === 'none' ? '1h' : r.poll)

/**
 * The Secret the Deployment's env vars read for one vault (`VaultPlan.syncedSecret`), with a key per env var
 * object of that vault, from that vault's store.
 */
export function externalSecret(plan: Plan, vault: VaultPlan): ExternalSecret {
  const { r } = plan
  const { envObjects } = vault
  const data = envObjects.map((o) =>
    esoDataItem(secretKeyFor(o.fileName), KIND[o.type], o.name, o.version.trim()),
  )
  const converted = envObjects.some((o) => o.type !== 'secret')
  return externalSecretManifest({
    name: vault.syncedSecret,
    namespace: r.ns,
    labels: appLabels(r),
    store: vault.secretStore,
    refreshInterval: refreshIntervalOf(r),
    target: vault.syncedSecret,
    // With a template, the Secret holds exactly its keys (mergePolicy Replace, the default): every key.
    template: converted
      ? {
          type: 'Opaque',
          data: Object.fromEntries(
            envObjects.map((o) => [secretKeyFor(o.fileName), valueTemplate(o, secretKeyFor(o.fileName))]),
          ),
        }
      : undefined,
    data,
  })
}
