import { bench, describe } from 'vitest'
import { migrate } from './migrate.ts'
import { readInputs } from './read.ts'
import { complete } from './test-kit.ts'

/**
 * A `helm template`-like stream of `count` workloads, each rendered as a chart renders a service: a comment
 * header, a ServiceAccount, a Service, an akv2k8s AzureKeyVaultSecret and a Deployment with a sidecar, probes
 * and an env value injected by akv2k8s, so that every Deployment is patched.
 */
function chartStream(count: number): string {
  const docs: string[] = []
  for (let i = 0; i < count; i++) {
    const name = `svc-${i}`
    docs.push(
      `# Source: platform/templates/${name}/serviceaccount.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: apps\n  labels: {app.kubernetes.io/name: ${name}, helm.sh/chart: platform-1.0.0}\n`,
      `# Source: platform/templates/${name}/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  selector: {app.kubernetes.io/name: ${name}}\n  ports:\n    - {name: http, port: 80, targetPort: http}\n`,
      `# Source: platform/templates/${name}/akvs.yaml\napiVersion: spv.no/v2beta1\nkind: AzureKeyVaultSecret\nmetadata:\n  name: ${name}-db\n  namespace: apps\nspec:\n  vault:\n    name: platform-kv\n    object: {name: ${name}-db-password, type: secret}\n`,
      `# Source: platform/templates/${name}/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: apps
  labels: {app.kubernetes.io/name: ${name}, helm.sh/chart: platform-1.0.0}
spec:
  replicas: 2
  selector:
    matchLabels: {app.kubernetes.io/name: ${name}}
  template:
    metadata:
      labels: {app.kubernetes.io/name: ${name}}
      annotations: {checksum/config: 0123456789abcdef}
    spec:
      serviceAccountName: ${name}
      securityContext: {runAsNonRoot: true, runAsUser: 1000}
      containers:
        - name: app
          image: registry.example.com/${name}:1.2.3
          command: [/app/server]
          args: [--port=8080, --log-level=info]
          ports: [{name: http, containerPort: 8080}]
          env:
            - {name: LOG_FORMAT, value: json}
            - {name: DB_PASSWORD, value: ${name}-db@azurekeyvault}
            - {name: POD_NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
          readinessProbe: {httpGet: {path: /ready, port: http}, periodSeconds: 5}
          livenessProbe: {httpGet: {path: /healthz, port: http}, periodSeconds: 10}
          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}
        - name: proxy
          image: envoyproxy/envoy:v1.30.0
          args: [-c, /etc/envoy/envoy.yaml]
          volumeMounts: [{name: envoy, mountPath: /etc/envoy}]
      volumes:
        - {name: envoy, configMap: {name: ${name}-envoy}}
`,
    )
  }
  return '---\n' + docs.join('---\n')
}

const answers = complete({ copy: 'ok' })
const streams = new Map([100, 200, 400].map((n) => [n, chartStream(n)]))
const readAndPatch = (n: number) => () => {
  const input = readInputs([{ name: 'chart.yaml', text: streams.get(n) ?? '' }])
  void migrate(input, answers)
}

/**
 * `count` existing SecretProviderClasses, each with three objects and a synced Secret, and a Deployment that
 * mounts it: the lint and the answers the input gives read every class's `objects` parameter.
 */
function classesStream(count: number): string {
  const docs: string[] = []
  for (let i = 0; i < count; i++) {
    const name = `svc-${i}`
    const items = ['db-password', 'api-key', 'tls-cert']
      .map(
        (o) =>
          `        - |\n          objectName: ${name}-${o}\n          objectType: secret\n          objectAlias: ${o}`,
      )
      .join('\n')
    docs.push(
      `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: ${name}-kv\n  namespace: apps\nspec:\n  provider: azure\n  parameters:\n    keyvaultName: platform-kv\n    tenantID: 72f988bf-86f1-41af-91ab-2d7cd011db47\n    clientID: ceb19a0a-941a-4f33-839d-aeace8ffe205\n    objects: |\n      array:\n${items}\n  secretObjects:\n    - secretName: ${name}-secrets\n      type: Opaque\n      data:\n        - {objectName: db-password, key: db-password}\n`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: apps}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      serviceAccountName: ${name}\n      containers:\n        - name: app\n          image: registry.example.com/${name}:1\n          env:\n            - {name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: ${name}-secrets, key: db-password}}}\n          volumeMounts: [{name: secrets-store, mountPath: /mnt/secrets-store, readOnly: true}]\n      volumes:\n        - name: secrets-store\n          csi: {driver: secrets-store.csi.k8s.io, readOnly: true, volumeAttributes: {secretProviderClass: ${name}-kv}}\n`,
    )
  }
  return docs.join('---\n')
}

// Target: 200 workloads read and patched in under 200 ms; 100 vs 400 shows the growth is linear.
describe('import: read and patch a helm template stream', () => {
  bench('100 workloads', readAndPatch(100), { iterations: 10 })
  bench('200 workloads', readAndPatch(200), { iterations: 10 })
  bench('400 workloads', readAndPatch(400), { iterations: 10 })
})

// Read once: this measures what `migrate` itself does with existing classes (lint, answers from the input).
const classes = readInputs([{ name: 'classes.yaml', text: classesStream(200) }])
describe('import: migrate 200 existing SecretProviderClasses', () => {
  bench('200 classes', () => void migrate(classes, answers), { iterations: 20 })
})
