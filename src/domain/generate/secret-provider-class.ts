import { secretKeyFor, type Resolved, type ResolvedObject } from '../answers/resolve.ts'
import { appLabels, SPC_API_VERSION } from '../k8s/names.ts'
import type { Plan } from '../plan/plan.ts'
import type { VaultPlan } from '../plan/vaults.ts'
import type { AzureParameters, SecretObject, SecretProviderClass } from '../k8s/types.ts'
import { toYaml } from './yaml.ts'

/**
 * The provider reads these keys with exact, case-sensitive map lookups (`parameters["keyvaultName"]`), so
 * every key here is spelled as in the provider's Go constants. Booleans are strings: the CRD types
 * `parameters` as a map of string.
 */
function identityParameters(r: Resolved): AzureParameters {
  switch (r.auth) {
    case 'workload':
      // The provider exchanges the pod's service account token for this identity.
      return { clientID: r.client }
    case 'uami':
      // Nodes carry several user-assigned identities; without the id IMDS picks the system-assigned one.
      return { useVMManagedIdentity: 'true', userAssignedIdentityID: r.client }
    case 'system':
      return { useVMManagedIdentity: 'true' }
    case 'sp':
      // No identity flag and no clientID: the provider reads the volume's nodePublishSecretRef.
      return {}
    case 'podidentity':
      return { usePodIdentity: 'true' }
  }
}

/** One object as the provider's `KeyVaultObject`; optional fields only when they differ from the default. */
function objectEntry(o: ResolvedObject): Record<string, string> {
  const entry: Record<string, string> = { objectName: o.name, objectType: o.type }
  if (o.fileName !== o.name) entry['objectAlias'] = o.fileName
  const version = o.version.trim()
  if (version !== '') entry['objectVersion'] = version
  return entry
}

/**
 * YAML inside YAML: the provider unmarshals `objects` into `{array: []string}` and then each string into an
 * object. Dumping each level (never concatenating) means no name can add keys or items.
 */
export const objectsParameter = (objects: readonly ResolvedObject[]): string =>
  toYaml({ array: objects.map((o) => toYaml(objectEntry(o))) })

function parameters(r: Resolved, { name, objects }: VaultPlan): AzureParameters {
  return {
    ...identityParameters(r),
    keyvaultName: name,
    // The provider defaults to the public cloud; naming it anyway would only add noise.
    ...(r.cloud === 'AzurePublicCloud' ? {} : ({ cloudName: r.cloud } satisfies AzureParameters)),
    // `tenantID` is the spelling the provider reads first; `tenantId` is deprecated. Every vault is in the
    // tenant the answers name: the setup script checks each one's (azure-cli/preflight-steps.ts).
    tenantID: r.tenant,
    objects: objectsParameter(objects),
  }
}

/**
 * Option 3: the driver copies the mounted files into one Secret per class, keyed so env vars can reference
 * them: a class syncs only what its own volume mounts.
 */
function secretObjects({ syncedSecret, envObjects }: VaultPlan): SecretObject[] {
  return [
    {
      secretName: syncedSecret,
      // The driver refuses an empty type even though the Secret API would default it.
      type: 'Opaque',
      // `objectName` here is the mounted file name (the alias when there is one), not the Key Vault name.
      data: envObjects.map((o) => ({ objectName: o.fileName, key: secretKeyFor(o.fileName) })),
    },
  ]
}

/** The class of one vault of the plan. */
export function secretProviderClass(plan: Plan, vault: VaultPlan): SecretProviderClass {
  const { r } = plan
  return {
    apiVersion: SPC_API_VERSION,
    kind: 'SecretProviderClass',
    // The driver looks the class up in the pod's namespace only.
    metadata: { name: vault.spc, namespace: r.ns, labels: appLabels(r) },
    spec: {
      provider: 'azure',
      parameters: parameters(r, vault),
      // Absent rather than undefined without a sync: readers of the object look for the key.
      ...(plan.sync && vault.envObjects.length > 0
        ? ({ secretObjects: secretObjects(vault) } satisfies Partial<SecretProviderClass['spec']>)
        : {}),
    },
  }
}
