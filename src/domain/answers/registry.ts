import * as v from './field-rules/fields.ts'
import { validateIngressObjects } from './field-rules/ingress.ts'
import { PLACEHOLDER } from './placeholder.ts'
import { choice, list, text, type Question } from './question-kinds.ts'

/**
 * Every question, in permalink order (the order a link writes its keys, docs/permalink.md). The answer
 * type, the empty answers, the link's keys and values, the validators, the defaults, the form and the
 * exhaustive tests are all derived from this table: adding a question is adding an entry here, plus the
 * judge or generator that reads it. Keys are only ever added, never repurposed: old links must keep working.
 */
export const QUESTIONS = {
  code: choice({
    values: ['yes', 'no'],
    assumed: 'yes',
    title: 'Code can change',
    question: 'Can the application’s code change now to read Key Vault itself?',
    why: 'An app that calls Key Vault with an Azure SDK needs no copy of a secret anywhere in the cluster.',
    labels: { yes: 'Yes', no: 'No, not now' },
    leadsTo: {
      yes: 'The app reads Key Vault itself: the cleanest option becomes possible.',
      no: 'The cluster delivers the secrets; the SDK goes on the roadmap.',
    },
    control: 'cards',
    group: 'application',
  }),
  reads: choice({
    values: ['env', 'file'],
    assumed: 'env',
    title: 'App reads secrets from',
    question: 'How does the application read its secrets today?',
    why: 'The CSI driver delivers files; environment variables need a synced copy or a start-up wrapper.',
    labels: { env: 'Environment variables', file: 'Files' },
    leadsTo: {
      env: 'Needs a synced Kubernetes Secret or a wrapper.',
      file: 'Mounted files work without any code change.',
    },
    control: 'cards',
    group: 'application',
  }),
  rotate: choice({
    values: ['none', 'restart', 'live'],
    assumed: 'none',
    title: 'Rotated secret picked up',
    question: 'When a secret is rotated in Key Vault, when must the app see it?',
    why: 'Environment variables never change in a running container; mounted files can.',
    labels: { none: 'Not needed', restart: 'At the next pod start', live: 'While running' },
    leadsTo: {
      none: 'Rotation stays off on the add-on.',
      restart: 'Rotation on; a restart picks up the new value.',
      live: 'Files or the SDK; env vars need a restart on change.',
    },
    control: 'cards',
    group: 'application',
  }),
  copy: choice({
    values: ['ok', 'no'],
    assumed: 'no',
    title: 'Copy in a Kubernetes Secret',
    question: 'May a copy of a secret be stored as a Kubernetes Secret in the cluster?',
    why: 'A synced Secret lives in etcd, readable by anyone who may read Secrets in the namespace.',
    labels: { ok: 'Yes, a copy is acceptable', no: 'No copy in the cluster' },
    leadsTo: {
      ok: 'Env vars can come from a synced Secret.',
      no: 'Secrets stay in Key Vault and in pod memory only.',
    },
    control: 'cards',
    group: 'secrets',
  }),
  auth: choice({
    values: ['workload', 'uami', 'system', 'sp', 'podidentity'],
    assumed: 'workload',
    title: 'Identity',
    question: 'Which identity can the pod (or the CSI driver) use to reach Key Vault?',
    why: 'It decides who else can read the vault and whether a credential has to live in the cluster.',
    labels: {
      workload: 'Workload Identity',
      uami: 'User-assigned managed identity',
      system: 'System-assigned node identity',
      sp: 'Service principal',
      podidentity: 'aad-pod-identity',
    },
    leadsTo: {
      workload: 'Per service account, no credential stored: recommended.',
      uami: 'The nodes’ or add-on’s identity: every pod on them shares it.',
      system: 'Unsupported on AKS nodes: the script points to the kubelet identity.',
      sp: 'Its client secret must be stored in the cluster.',
      podidentity: 'Deprecated: plan the move to Workload Identity.',
    },
    control: 'cards',
    group: 'identity',
  }),
  opt: choice({
    values: [1, 2, 3],
    title: 'Option to generate',
    labels: { 1: 'Option 1', 2: 'Option 2', 3: 'Option 3' },
  }),
  app: text({
    label: 'Application name',
    hint: 'Lowercase letters, digits and hyphens (DNS-1123 label); names the Deployment.',
    example: 'my-app',
    validate: v.validateAppName,
    group: 'names',
  }),
  ns: text({
    label: 'Namespace',
    hint: 'Lowercase letters, digits and hyphens; empty means default.',
    example: 'default',
    validate: v.validateNamespace,
    default: 'default',
    group: 'names',
  }),
  image: text({
    label: 'Container image',
    hint: 'A registry path with a tag or digest, e.g. ghcr.io/org/app:1.0.',
    example: 'ghcr.io/org/app:1.0',
    validate: v.validateImage,
    placeholder: PLACEHOLDER.image,
    group: 'application',
  }),
  port: text({
    label: 'Container port',
    hint: 'A number from 1 to 65535; leave empty if the app listens on none.',
    example: '80',
    validate: v.validatePort,
    numeric: true,
    group: 'application',
  }),
  sa: text({
    label: 'Service account',
    hint: 'Lowercase DNS-1123 name; empty means the application name.',
    validate: v.validateServiceAccountName,
    group: 'names',
  }),
  kv: text({
    label: 'Key Vault name',
    hint: '3–24 letters, digits or hyphens, starting with a letter, no “--”.',
    example: 'kv-myapp-prod',
    validate: v.validateKeyVaultName,
    placeholder: PLACEHOLDER.kv,
    group: 'secrets',
  }),
  tenant: text({
    label: 'Tenant ID of the vault',
    hint: 'A GUID: az keyvault show -n <vault> --query properties.tenantId -o tsv',
    example: '00000000-0000-0000-0000-000000000000',
    validate: v.validateTenantId,
    placeholder: PLACEHOLDER.tenant,
    group: 'identity',
  }),
  // Unanswered: an existing identity when a client ID is given, else a new one (resolve.ts).
  identity: choice({
    values: ['new', 'existing'],
    title: 'Managed identity',
    question: 'Create a new managed identity for the app, or use one that exists?',
    why: 'With a new one, azure-setup.sh creates it and writes its client ID into the files itself.',
    labels: { new: 'Create a new one', existing: 'Use an existing one' },
    leadsTo: {
      new: 'No client ID needed now: the script creates the identity.',
      existing: 'Give its client ID in the next field.',
    },
    control: 'cards',
    group: 'identity',
  }),
  client: text({
    label: 'Client ID of the identity',
    hint: 'A GUID: the client (application) ID, not the object ID.',
    example: '00000000-0000-0000-0000-000000000000',
    validate: v.validateClientId,
    placeholder: PLACEHOLDER.client,
    group: 'identity',
  }),
  cloud: choice({
    values: ['AzurePublicCloud', 'AzureUSGovernmentCloud', 'AzureChinaCloud'],
    default: 'AzurePublicCloud',
    title: 'Azure cloud',
    labels: {
      AzurePublicCloud: 'AzurePublicCloud',
      AzureUSGovernmentCloud: 'AzureUSGovernmentCloud',
      AzureChinaCloud: 'AzureChinaCloud',
    },
    control: 'select',
    group: 'identity',
  }),
  rg: text({
    label: 'Resource group',
    hint: 'Used in the az commands; 1–90 letters, digits, _ - . ( ).',
    example: 'rg-myapp',
    validate: v.validateResourceGroup,
    placeholder: PLACEHOLDER.rg,
    group: 'identity',
  }),
  cluster: text({
    label: 'AKS cluster name',
    hint: 'Used in the az commands.',
    example: 'aks-myapp',
    validate: v.validateClusterName,
    placeholder: PLACEHOLDER.cluster,
    group: 'identity',
  }),
  mount: text({
    label: 'Mount path',
    hint: 'An absolute path inside the container; empty means /mnt/secrets-store.',
    example: '/mnt/secrets-store',
    validate: v.validateMountPath,
    default: '/mnt/secrets-store',
    group: 'secrets',
  }),
  spc: text({
    label: 'SecretProviderClass name',
    hint: 'Lowercase DNS-1123 name; must be in the pod’s namespace.',
    validate: v.validateSpcName,
    group: 'names',
  }),
  lang: choice({
    values: ['python', 'dotnet', 'java', 'node', 'go'],
    default: 'python',
    title: 'Code sample language',
    labels: { python: 'Python', dotnet: '.NET (C#)', java: 'Java', node: 'Node.js', go: 'Go' },
    control: 'select',
    group: 'application',
  }),
  // Added by this app (not in the first version of the contract): option 2's wrapper runs it.
  cmd: text({
    label: 'Start command (for the env-from-files wrapper)',
    hint: 'The command the container runs today, e.g. python app.py; the wrapper sets the env vars, then runs it.',
    example: 'python app.py',
    validate: v.validateStartCommand,
    warn: v.startCommandWarning,
    placeholder: PLACEHOLDER.cmd,
    group: 'application',
  }),
  // No assumed value: unanswered means "not known", and the pod is then written for a root image.
  user: choice({
    values: ['nonroot', 'root'],
    title: 'Image runs as',
    question: 'Does the container image run as a non-root user?',
    why: 'Namespaces that enforce Pod Security “restricted” admit only pods that must run as non-root.',
    labels: { nonroot: 'Yes, a non-root user', root: 'No, root (or not sure)' },
    leadsTo: {
      nonroot: 'The pod meets Pod Security “restricted” in full.',
      root: 'The pod meets “baseline”, not “restricted”.',
    },
    control: 'cards',
    group: 'application',
  }),
  // Added after version 1 with the rotation fixes: the add-on's --rotation-poll-interval.
  poll: text({
    label: 'Rotation poll interval',
    hint: 'How often the add-on checks Key Vault for a new version, e.g. 2m or 1h; empty means 2m.',
    example: '2m',
    validate: v.validatePollInterval,
    default: '2m',
    group: 'secrets',
  }),
  // Added after version 1 with the IaC work (issue 16): the Azure side as the az script, Terraform or Bicep.
  iac: choice({
    values: ['cli', 'terraform', 'bicep'],
    default: 'cli',
    title: 'Azure side as',
    labels: { cli: 'script', terraform: 'Terraform', bicep: 'Bicep' },
    control: 'select',
  }),
  // Added with issue 17: what writes option 3's Kubernetes Secret. The driver's sync is planned to go
  // (kubernetes-sigs/secrets-store-csi-driver#1631, Azure/secrets-store-csi-driver-provider-azure#1565);
  // External Secrets Operator writes the same Secret without a pod mount. Absent means the driver's sync.
  sync: choice({
    values: ['csi', 'eso'],
    default: 'csi',
    title: 'Kubernetes Secret written by',
    question: 'Option 3: what writes the Kubernetes Secret that the env vars read?',
    why: 'The CSI driver’s sync needs nothing more installed, but its maintainers plan to deprecate it; External Secrets Operator is the supported path.',
    labels: { csi: 'The CSI driver’s sync', eso: 'External Secrets Operator' },
    leadsTo: {
      csi: 'Nothing more to install. The Secret exists only while a pod mounts the volume, and this sync is planned to be deprecated.',
      eso: 'One more operator to install and upgrade (Helm). The Secret exists without any pod mount and is refreshed on an interval.',
    },
    control: 'cards',
    group: 'secrets',
  }),
  // Added with issue 17: a rotated value that a running process cannot see (env vars, files read once at
  // start) reaches it when Reloader rolls the pods. Absent means no Reloader.
  reload: choice({
    values: ['none', 'reloader'],
    default: 'none',
    title: 'Pods rolled on rotation',
    question: 'Should Reloader roll the pods when a rotated secret cannot reach the running process?',
    why: 'Env vars never change in a running container, and an app that reads its files once at start never sees new ones.',
    labels: { none: 'No', reloader: 'Yes, with Stakater Reloader' },
    leadsTo: {
      none: 'A rotated value reaches the app at its next restart.',
      reloader:
        'One more controller to install (Helm); it rolls the pods when the Secret or the mounted versions change.',
    },
    control: 'cards',
    group: 'secrets',
  }),
  // Added with issue 17: certificates that only an Ingress uses (`NAME:HOST~NAME`, field-rules/ingress.ts).
  // The AKS application routing add-on makes and rotates their TLS Secrets, so no pod mounts them. The
  // objects editor sets it ("For an Ingress only" on a cert row); absent means none.
  ing: text({
    label: 'Certificates for an Ingress only',
    // Never shown as a field: each cert row of the objects editor has "For an Ingress only".
    hint: 'NAME:HOST~NAME',
    validate: validateIngressObjects,
    group: 'secrets',
  }),
  o: list({ title: 'Key Vault objects', group: 'secrets' }),
} as const satisfies Record<string, Question>
