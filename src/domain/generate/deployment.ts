import type { OptionId } from '../answers/model.ts'
import { secretKeyFor, syncedSecretName, type Resolved } from '../answers/resolve.ts'
import { vaultUrl } from './cloud.ts'
import {
  appLabels,
  credentialsSecretName,
  CSI_DRIVER,
  SECRETS_VOLUME,
  WRAPPER_DIR,
  WRAPPER_VOLUME,
  wrapperConfigMapName,
} from './names.ts'
import {
  envObjects,
  usesCsiDriver,
  usesSync,
  usesWorkloadIdentity,
  usesWrapper,
} from '../answers/option-needs.ts'
import type { Manifest } from './types.ts'
import { wrapperArgs, wrapperCommand } from './wrapper.ts'

type Fields = Record<string, unknown>

function podLabels(r: Resolved, option: OptionId): Record<string, string> {
  return {
    ...appLabels(r),
    // Option 1: the webhook injects the identity and token file that the SDK's DefaultAzureCredential reads.
    // The CSI mount does not need it (the provider gets its token from kubelet), so options 2/3 leave it out.
    ...(option === 1 ? { 'azure.workload.identity/use': 'true' } : {}),
    // aad-pod-identity hands the identity to pods whose label matches an AzureIdentityBinding's selector.
    ...(option !== 1 && r.auth === 'podidentity' ? { aadpodidbinding: r.app } : {}),
  }
}

function csiVolume(r: Resolved): Fields {
  return {
    name: SECRETS_VOLUME,
    csi: {
      driver: CSI_DRIVER,
      // The driver refuses to mount unless the volume is read-only.
      readOnly: true,
      volumeAttributes: { secretProviderClass: r.spc },
      // Service principal mode: the provider reads clientid/clientsecret from this Secret.
      ...(r.auth === 'sp' ? { nodePublishSecretRef: { name: credentialsSecretName(r) } } : {}),
    },
  }
}

function volumes(r: Resolved, option: OptionId): Fields[] {
  const list: Fields[] = []
  if (usesCsiDriver(option)) list.push(csiVolume(r))
  if (usesWrapper(option, r))
    list.push({ name: WRAPPER_VOLUME, configMap: { name: wrapperConfigMapName(r) } })
  return list
}

function volumeMounts(r: Resolved, option: OptionId): Fields[] {
  const list: Fields[] = []
  if (usesCsiDriver(option)) list.push({ name: SECRETS_VOLUME, mountPath: r.mount, readOnly: true })
  if (usesWrapper(option, r)) list.push({ name: WRAPPER_VOLUME, mountPath: WRAPPER_DIR, readOnly: true })
  return list
}

function env(r: Resolved, option: OptionId): Fields[] {
  // The SDK samples read the vault's address from here, so one image works against any vault.
  if (option === 1) return [{ name: 'KEY_VAULT_URL', value: vaultUrl(r.kv, r.cloud) }]
  if (!usesSync(option, r)) return []
  // The synced Secret exists only while a pod mounts the CSI volume: this pod does, above.
  return envObjects(r).map((o) => ({
    name: o.env,
    valueFrom: { secretKeyRef: { name: syncedSecretName(r), key: secretKeyFor(o) } },
  }))
}

function container(r: Resolved, option: OptionId): Fields {
  const envVars = env(r, option)
  const mounts = volumeMounts(r, option)
  return {
    name: 'app',
    image: r.image,
    ...(usesWrapper(option, r) ? { command: wrapperCommand(), args: wrapperArgs(r) } : {}),
    ...(r.port === undefined ? {} : { ports: [{ containerPort: r.port }] }),
    ...(envVars.length > 0 ? { env: envVars } : {}),
    ...(mounts.length > 0 ? { volumeMounts: mounts } : {}),
  }
}

export function deployment(r: Resolved, option: OptionId): Manifest {
  const vols = volumes(r, option)
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: r.app, namespace: r.ns, labels: appLabels(r) },
    spec: {
      replicas: 1,
      selector: { matchLabels: appLabels(r) },
      template: {
        metadata: { labels: podLabels(r, option) },
        spec: {
          // Workload identity: the token is this service account's, and the federated credential names it.
          ...(usesWorkloadIdentity(option, r) ? { serviceAccountName: r.sa } : {}),
          containers: [container(r, option)],
          ...(vols.length > 0 ? { volumes: vols } : {}),
        },
      },
    },
  }
}
