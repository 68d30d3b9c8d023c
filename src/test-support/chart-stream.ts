/**
 * A `helm template`-like stream written by this project, in place of a vendored chart (issue 13: no third-party
 * data in the repository). It has the shapes the importer meets in a rendered controller chart: `# Source:`
 * comments, a Namespace, ServiceAccounts, RBAC (Role, ClusterRole and their bindings), a ConfigMap, two
 * Services, one Deployment with args, an env list (fieldRef and plain values) and a Secret volume, two hook
 * Jobs, an IngressClass and a ValidatingWebhookConfiguration. 19 documents; the Deployment is document 15.
 * Every name is our own: chart `edge-router`, namespace `edge`, app `edge-router-controller`.
 */
export const CHART_FILE = 'chart/edge-router-1.0.0.yaml'
export const CHART = { app: 'edge-router-controller', ns: 'edge', sa: 'edge-router' } as const

const { app, ns, sa } = CHART
const admission = 'edge-router-admission'

const labels = (component: string, indent: string): string =>
  [
    'labels:',
    `  app.kubernetes.io/component: ${component}`,
    '  app.kubernetes.io/instance: edge-router',
    '  app.kubernetes.io/name: edge-router',
    '  app.kubernetes.io/version: 1.0.0',
    '  helm.sh/chart: edge-router-1.0.0',
  ]
    .map((l) => indent + l)
    .join('\n')

const selector = (indent: string): string =>
  [
    'app.kubernetes.io/component: controller',
    'app.kubernetes.io/instance: edge-router',
    'app.kubernetes.io/name: edge-router',
  ]
    .map((l) => indent + l)
    .join('\n')

/** One rendered template: the comment helm writes above it, then the object. */
const doc = (template: string, body: string): string =>
  `---\n# Source: edge-router/templates/${template}\n${body.trimStart()}`

const serviceAccount = (name: string, component: string, template: string): string =>
  doc(
    template,
    `
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
  namespace: ${ns}
${labels(component, '  ')}
automountServiceAccountToken: true
`,
  )

const role = (
  kind: 'Role' | 'ClusterRole',
  name: string,
  component: string,
  template: string,
  rules: string,
) =>
  doc(
    template,
    `
apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: ${name}
${kind === 'Role' ? `  namespace: ${ns}\n` : ''}${labels(component, '  ')}
rules:
${rules}`,
  )

const binding = (
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  name: string,
  account: string,
  template: string,
) =>
  doc(
    template,
    `
apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: ${name}
${kind === 'RoleBinding' ? `  namespace: ${ns}\n` : ''}${labels(account === sa ? 'controller' : 'admission-webhook', '  ')}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ${kind === 'RoleBinding' ? 'Role' : 'ClusterRole'}
  name: ${name}
subjects:
  - kind: ServiceAccount
    name: ${account}
    namespace: ${ns}
`,
  )

const hookJob = (step: 'create' | 'patch', weight: number, args: string[]): string =>
  doc(
    `admission-webhooks/job-${step}.yaml`,
    `
apiVersion: batch/v1
kind: Job
metadata:
  name: ${admission}-${step}
  namespace: ${ns}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade,post-install,post-upgrade
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
    helm.sh/hook-weight: "${weight}"
${labels('admission-webhook', '  ')}
spec:
  ttlSecondsAfterFinished: 0
  template:
    metadata:
      name: ${admission}-${step}
${labels('admission-webhook', '      ')}
    spec:
      restartPolicy: OnFailure
      serviceAccountName: ${admission}
      securityContext:
        runAsNonRoot: true
        runAsUser: 65532
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: ${step}
          image: registry.example.com/edge-router/certgen:1.0.0
          imagePullPolicy: IfNotPresent
          args:
${args.map((a) => `            - ${a}`).join('\n')}
          env:
            - name: POD_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop:
                - ALL
`,
  )

const documents: string[] = [
  doc(
    'namespace.yaml',
    `
apiVersion: v1
kind: Namespace
metadata:
  name: ${ns}
${labels('controller', '  ')}
`,
  ),
  serviceAccount(sa, 'controller', 'controller-serviceaccount.yaml'),
  serviceAccount(admission, 'admission-webhook', 'admission-webhooks/serviceaccount.yaml'),
  role(
    'Role',
    sa,
    'controller',
    'controller-role.yaml',
    `  - apiGroups: [""]
    resources: [configmaps, pods, secrets, endpoints]
    verbs: [get, list, watch]
  - apiGroups: [coordination.k8s.io]
    resources: [leases]
    resourceNames: [edge-router-leader]
    verbs: [get, update]
`,
  ),
  role(
    'Role',
    admission,
    'admission-webhook',
    'admission-webhooks/role.yaml',
    `  - apiGroups: [""]
    resources: [secrets]
    verbs: [get, create]
`,
  ),
  role(
    'ClusterRole',
    sa,
    'controller',
    'clusterrole.yaml',
    `  - apiGroups: [networking.k8s.io]
    resources: [ingresses, ingressclasses]
    verbs: [get, list, watch]
  - apiGroups: [networking.k8s.io]
    resources: [ingresses/status]
    verbs: [update]
`,
  ),
  role(
    'ClusterRole',
    admission,
    'admission-webhook',
    'admission-webhooks/clusterrole.yaml',
    `  - apiGroups: [admissionregistration.k8s.io]
    resources: [validatingwebhookconfigurations]
    verbs: [get, update]
`,
  ),
  binding('RoleBinding', sa, sa, 'controller-rolebinding.yaml'),
  binding('RoleBinding', admission, admission, 'admission-webhooks/rolebinding.yaml'),
  binding('ClusterRoleBinding', sa, sa, 'clusterrolebinding.yaml'),
  binding('ClusterRoleBinding', admission, admission, 'admission-webhooks/clusterrolebinding.yaml'),
  doc(
    'controller-configmap.yaml',
    `
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}
  namespace: ${ns}
${labels('controller', '  ')}
data:
  allow-snippets: "false"
  proxy-body-size: 8m
`,
  ),
  doc(
    'controller-service.yaml',
    `
apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: ${ns}
${labels('controller', '  ')}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  ports:
    - name: http
      port: 80
      protocol: TCP
      targetPort: http
    - name: https
      port: 443
      protocol: TCP
      targetPort: https
  selector:
${selector('    ')}
`,
  ),
  doc(
    'controller-service-webhook.yaml',
    `
apiVersion: v1
kind: Service
metadata:
  name: ${app}-admission
  namespace: ${ns}
${labels('controller', '  ')}
spec:
  type: ClusterIP
  ports:
    - name: https-webhook
      port: 443
      targetPort: webhook
  selector:
${selector('    ')}
`,
  ),
  doc(
    'controller-deployment.yaml',
    `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
${labels('controller', '  ')}
spec:
  replicas: 2
  revisionHistoryLimit: 10
  selector:
    matchLabels:
${selector('      ')}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 1
  template:
    metadata:
${labels('controller', '      ')}
      annotations:
        checksum/config: 5f1d3c0b8a2e4f6d
    spec:
      serviceAccountName: ${sa}
      terminationGracePeriodSeconds: 300
      nodeSelector:
        kubernetes.io/os: linux
      containers:
        - name: controller
          image: registry.example.com/edge-router/controller:1.0.0
          imagePullPolicy: IfNotPresent
          args:
            - /edge-router
            - --publish-service=$(POD_NAMESPACE)/${app}
            - --election-id=edge-router-leader
            - --configmap=$(POD_NAMESPACE)/${app}
            - --webhook-port=8443
            - --webhook-cert=/etc/edge-router/certs/tls.crt
            - --webhook-key=/etc/edge-router/certs/tls.key
          env:
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: POD_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
            - name: LOG_FORMAT
              value: json
          ports:
            - name: http
              containerPort: 80
              protocol: TCP
            - name: https
              containerPort: 443
              protocol: TCP
            - name: webhook
              containerPort: 8443
              protocol: TCP
          livenessProbe:
            httpGet:
              path: /healthz
              port: 10254
            initialDelaySeconds: 10
            periodSeconds: 10
          readinessProbe:
            httpGet:
              path: /healthz
              port: 10254
            periodSeconds: 10
          lifecycle:
            preStop:
              exec:
                command:
                  - /wait-shutdown
          resources:
            requests:
              cpu: 100m
              memory: 90Mi
          securityContext:
            allowPrivilegeEscalation: false
            runAsNonRoot: true
            runAsUser: 101
            capabilities:
              add:
                - NET_BIND_SERVICE
              drop:
                - ALL
          volumeMounts:
            - name: webhook-cert
              mountPath: /etc/edge-router/certs
              readOnly: true
      volumes:
        - name: webhook-cert
          secret:
            secretName: ${admission}
`,
  ),
  hookJob('create', 1, [
    'create',
    `--host=${app}-admission,${app}-admission.$(POD_NAMESPACE).svc`,
    '--namespace=$(POD_NAMESPACE)',
    `--secret-name=${admission}`,
  ]),
  hookJob('patch', 2, [
    'patch',
    `--webhook-name=${admission}`,
    '--namespace=$(POD_NAMESPACE)',
    `--secret-name=${admission}`,
    '--patch-failure-policy=Fail',
  ]),
  doc(
    'controller-ingressclass.yaml',
    `
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: edge
${labels('controller', '  ')}
spec:
  controller: example.com/edge-router
`,
  ),
  doc(
    'admission-webhooks/validating-webhook.yaml',
    `
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: ${admission}
${labels('admission-webhook', '  ')}
webhooks:
  - name: validate.edge-router.example.com
    admissionReviewVersions: [v1]
    sideEffects: None
    failurePolicy: Fail
    matchPolicy: Equivalent
    clientConfig:
      service:
        name: ${app}-admission
        namespace: ${ns}
        path: /networking/v1/ingresses
        port: 443
    rules:
      - apiGroups: [networking.k8s.io]
        apiVersions: [v1]
        operations: [CREATE, UPDATE]
        resources: [ingresses]
`,
  ),
]

/** The whole stream, as `helm template edge-router ./edge-router --namespace edge` would print it. */
export const chartStream = (): string => documents.join('')
