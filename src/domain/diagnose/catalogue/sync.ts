/**
 * After the mount: the Kubernetes Secret the driver syncs, rotation, and file names (objectAlias).
 */
import { PLACEHOLDER } from '../bridge.ts'
import { facts, nameOr, q, say, sh, yaml } from '../fix.ts'
import type { Entry, MatchContext } from './entry.ts'

const SECRET_NOT_FOUND = /secret "([a-z0-9][a-z0-9.-]{0,252})" not found/
const KEY_NOT_FOUND =
  /couldn't find key ([A-Za-z0-9._-]{1,253}) in Secret ([a-z0-9-]{1,63})\/([a-z0-9.-]{1,253})/i

const volumeYaml = (c: MatchContext) => [
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          volumeMounts:',
  '            - name: secrets-store',
  '              mountPath: /mnt/secrets-store',
  '              readOnly: true',
  '      volumes:',
  '        - name: secrets-store',
  '          csi:',
  '            driver: secrets-store.csi.k8s.io',
  '            readOnly: true',
  '            volumeAttributes:',
  `              secretProviderClass: ${nameOr('<secret-provider-class>', c.facts.spc, c.names.spc)}`,
]

const syncedSecretMissing: Entry = {
  id: 'synced-secret-missing',
  title: 'The synced Kubernetes Secret does not exist (yet)',
  weight: 55,
  // Text: kubelet CreateContainerConfigError `Error: secret "NAME" not found` (kubernetes
  // pkg/kubelet/kubelet_pods.go). The driver creates a secretObjects Secret only once a pod mounts the volume
  // (kubernetes-sigs/secrets-store-csi-driver controllers/secretproviderclasspodstatus_controller.go).
  source: 'kubernetes-sigs/secrets-store-csi-driver controllers/secretproviderclasspodstatus_controller.go',
  needles: ['" not found'],
  // Near misses: the nodePublishSecretRef Secret (plural "secrets"), the SecretProviderClass, other kinds.
  accept: (c) => SECRET_NOT_FOUND.test(c.line) && !c.line.toLowerCase().includes('nodepublishsecretref'),
  explain: (c) => {
    const name = nameOr(PLACEHOLDER.object, SECRET_NOT_FOUND.exec(c.line)?.[1], c.names.syncedSecret)
    const ns = nameOr('<namespace>', c.facts.podNamespace, c.names.ns)
    return {
      cause: c.seen.mountFailed
        ? `The container reads the Secret ${name}, which the driver creates only after the CSI volume mounts, and the mount fails (see the mount finding).`
        : `The container reads the Secret ${name}, which the driver has not created: it syncs secretObjects only while a pod mounts the CSI volume${c.seen.csiVolume ? ', so check that secretObjects lists this secretName' : ', and no pod here mounts it'}.`,
      facts: facts(['Secret', name], ['Namespace', ns]),
      fix: [
        sh(
          `kubectl get secret ${q(name)} -n ${q(ns)} -o jsonpath='{.data}'`,
          `kubectl get secretproviderclasspodstatus -n ${q(ns)}`,
        ),
        say('Mount the CSI volume in the same pod that reads the Secret (the mount is what creates it):'),
        yaml(...volumeYaml(c)),
        say(
          'If the pod also shows a FailedMount event, fix that first: the Secret appears after a successful mount.',
        ),
      ],
    }
  },
}

const syncedKeyMissing: Entry = {
  id: 'synced-secret-key-missing',
  title: 'The synced Secret exists but lacks the key the container reads',
  weight: 54,
  // Text: kubelet "couldn't find key K in Secret NS/NAME" (kubernetes pkg/kubelet/kubelet_pods.go); the driver
  // writes one data key per secretObjects[].data[].key (kubernetes-sigs/secrets-store-csi-driver
  // pkg/util/secretutil/secret.go GetSecretData).
  source: 'kubernetes/kubernetes pkg/kubelet/kubelet_pods.go',
  needles: ["couldn't find key"],
  accept: (c) => KEY_NOT_FOUND.test(c.line),
  explain: (c) => {
    const m = KEY_NOT_FOUND.exec(c.line)
    const key = m?.[1] ?? '<key>'
    const name = nameOr(PLACEHOLDER.object, m?.[3], c.names.syncedSecret)
    const ns = nameOr('<namespace>', m?.[2], c.facts.podNamespace, c.names.ns)
    // The answers say which key the wizard writes for each object: the file name (the alias), '/' as '.'.
    const meant = c.names.objects.find((o) => o.key !== key && [o.name, o.env].includes(key))
    const keys = c.names.objects.map((o) => o.key)
    return {
      cause: meant
        ? `The Secret ${name} has no key "${key}": the wizard's files store "${meant.name}" under the key "${meant.key}" (its file name), so secretKeyRef must name "${meant.key}".`
        : `The Secret ${name} exists but has no key "${key}": secretObjects[].data[].key names it differently, or the file it comes from is not mounted.`,
      facts: facts(
        ['Secret', name],
        ['Key asked for', key],
        ['Keys the wizard writes', keys.length > 0 ? keys.join(', ') : undefined],
      ),
      fix: [
        sh(
          `kubectl get secret ${q(name)} -n ${q(ns)} -o go-template='{{range $k, $v := .data}}{{$k}}{{"\\n"}}{{end}}'`,
        ),
        say('Make the env var read a key the Secret has (or add that key to secretObjects[].data):'),
        yaml(
          'env:',
          `  - name: ${nameOr('<ENV_VAR>', meant?.env)}`,
          '    valueFrom:',
          '      secretKeyRef:',
          `        name: ${name}`,
          `        key: ${nameOr('<key>', meant?.key, keys[0])}`,
        ),
      ],
    }
  },
}

const TLS_REQUIRED = /data\[(tls\.key|tls\.crt)\]: Required value/

const tlsKeyMissing: Entry = {
  id: 'sync-tls-key-missing',
  title: 'A kubernetes.io/tls Secret needs both tls.crt and tls.key',
  weight: 61,
  // Text: the API server's ValidateSecret for type kubernetes.io/tls, `data[tls.key]: Required value` (kubernetes
  // pkg/apis/core/validation/validation.go), returned to the driver's "failed to create Kubernetes secret"
  // (kubernetes-sigs/secrets-store-csi-driver controllers/secretproviderclasspodstatus_controller.go).
  source: 'kubernetes/kubernetes pkg/apis/core/validation/validation.go',
  needles: ['data[tls.key]: required value', 'data[tls.crt]: required value'],
  explain: (c) => {
    const missing = TLS_REQUIRED.exec(c.window)?.[1] ?? 'tls.key'
    const cert = nameOr('<certificate-name>', c.facts.objectName)
    return {
      cause: `secretObjects asks for a kubernetes.io/tls Secret without "${missing}": Kubernetes requires both tls.crt and tls.key in that type, so the driver cannot create it and pods that read it stay in CreateContainerConfigError.`,
      facts: facts(['Missing key', missing]),
      fix: [
        say(
          'Both keys come from the certificate read as objectType: secret (the PEM with the private key and the chain); the driver splits it:',
        ),
        yaml(
          'secretObjects:',
          '  - secretName: <tls-secret-name>',
          '    type: kubernetes.io/tls',
          '    data:',
          `      - objectName: ${cert}`,
          '        key: tls.key',
          `      - objectName: ${cert}`,
          '        key: tls.crt',
        ),
        say(
          'If the app needs only the certificate, sync it to an Opaque Secret instead (type: Opaque, one key).',
        ),
      ],
    }
  },
}

const FILE_NOT_MOUNTED = /file matching objectName ([^\s,]{1,253}) not found in the pod/

const syncFileNotMounted: Entry = {
  id: 'sync-object-not-mounted',
  title: 'secretObjects names a file that is not mounted',
  weight: 60,
  // Text: driver pkg/util/secretutil/secret.go GetSecretData "file matching objectName %s not found in the pod",
  // reported by controllers/secretproviderclasspodstatus_controller.go as event FailedToCreateSecret
  // "failed to get data in spc %s/%s for secret %s" (https://github.com/Azure/secrets-store-csi-driver-provider-azure/issues/673).
  source: 'kubernetes-sigs/secrets-store-csi-driver pkg/util/secretutil/secret.go',
  needles: ['file matching objectname'],
  explain: (c) => {
    const file = FILE_NOT_MOUNTED.exec(c.window)?.[1]
    const mounted = c.names.objects.map((o) => o.fileName)
    return {
      cause: `secretObjects[].data[].objectName is "${file ?? '?'}", but no mounted file has that name: it must equal the objectAlias (or objectName when there is no alias), same case; after an objectAlias is renamed, secretObjects still names the old file.`,
      facts: facts(
        ['objectName in secretObjects', file],
        ['Files your answers mount', mounted.length > 0 ? mounted.join(', ') : undefined],
      ),
      fix: [
        say('Use the mounted file name in secretObjects:'),
        yaml(
          'secretObjects:',
          `  - secretName: ${nameOr('<secret-name>', c.names.syncedSecret)}`,
          '    type: Opaque',
          '    data:',
          `      - objectName: ${nameOr('<file-name>', mounted[0])}   # the objectAlias, else the objectName`,
          `        key: ${nameOr('<key>', mounted[0])}`,
        ),
      ],
    }
  },
}

const syncForbidden: Entry = {
  id: 'sync-rbac-forbidden',
  title: 'The driver may not write Secrets (sync not enabled at install)',
  weight: 62,
  // Texts: driver controllers/secretproviderclasspodstatus_controller.go SyncSecretForbiddenWarning "The secret
  // operation failed with forbidden error. If you installed the CSI driver using helm, ensure syncSecret.enabled=true
  // is set." and the API's `secrets is forbidden: User "system:serviceaccount:kube-system:secrets-store-csi-driver"
  // cannot create resource "secrets"` (https://github.com/kubernetes-sigs/secrets-store-csi-driver/issues/1775).
  source: 'kubernetes-sigs/secrets-store-csi-driver controllers/secretproviderclasspodstatus_controller.go',
  needles: ['the secret operation failed with forbidden error', 'secrets is forbidden: user '],
  accept: (c) => c.line.toLowerCase().includes('secrets-store-csi-driver') || c.line.includes('syncSecret'),
  explain: (c) => ({
    cause:
      'The driver was installed without the role that lets it create and update Secrets, so secretObjects are never synced (the Helm charts default syncSecret.enabled to false; the AKS add-on has it).',
    facts: facts(['Namespace', c.facts.podNamespace]),
    fix: [
      // Values: provider chart charts/csi-secrets-store-provider-azure/values.yaml (secrets-store-csi-driver.syncSecret),
      // driver chart charts/secrets-store-csi-driver/values.yaml (syncSecret.enabled: false).
      say(
        'Re-install the driver with sync enabled (the provider chart nests the driver values; helm list -n kube-system shows the release):',
      ),
      sh(
        'helm upgrade <release> csi-secrets-store-provider-azure/csi-secrets-store-provider-azure -n kube-system \\',
        '  --reuse-values --set secrets-store-csi-driver.syncSecret.enabled=true',
        '# driver chart installed on its own: --set syncSecret.enabled=true',
      ),
    ],
  }),
}

export const SYNC_ENTRIES: Entry[] = [
  syncedSecretMissing,
  syncedKeyMissing,
  tlsKeyMissing,
  syncFileNotMounted,
  syncForbidden,
]
