import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Runs a generated azure-setup.sh with the stand-in `az`, `kubectl` and `helm` of ./stub-tools first on PATH.
 * The stand-ins answer from a state directory described by a `StubWorld` and change it, so a second run
 * sees what the first one did.
 */

const STUB_TOOLS = join(dirname(fileURLToPath(import.meta.url)), 'stub-tools')

export interface StubIdentity {
  rg: string
  name: string
  clientId: string
  principalId: string
  /** Tags as `key=value`, e.g. the owner tag the script writes on an identity it creates. */
  tags?: string[]
  /** Federated credentials by name. */
  federated?: Record<string, { issuer: string; subject: string; audience: string }>
}

export interface StubWorld {
  vaultTenant: string
  /** The vault's name; when given, the stand-in answers only for it (else for any name). */
  vaultName?: string
  vaultId?: string
  /** The signed-in subscription (az account show) and the others az can see (az account list). */
  subscription?: string
  subscriptions?: string[]
  /** The vault's subscription; the signed-in one unless given. */
  vaultSubscription?: string
  /** The cloud az talks to (az cloud show): AzureCloud unless given. */
  cloud?: string
  /** The cluster's OIDC issuer, by cluster name; `https://oidc.example.test/<cluster>/` unless given. */
  issuers?: Record<string, string>
  /** The kubelet identity (identityProfile.kubeletidentity). */
  kubeletClientId?: string
  kubeletObjectId?: string
  /** `kubectl get secret` fails for another reason than a missing Secret (an API server timeout). */
  secretReadFails?: boolean
  rbac: boolean
  /** Access policies by object id, then category (secrets, keys, certificates). */
  policies?: Record<string, Partial<Record<'secrets' | 'keys' | 'certificates', string[]>>>
  addon?: { enabled: boolean; rotation?: boolean; interval?: string }
  addonClientId?: string
  addonObjectId?: string
  oidc?: boolean
  workloadIdentity?: boolean
  identities?: StubIdentity[]
  /** Existing app registrations / service principals by client id. */
  servicePrincipals?: { clientId: string; objectId: string }[]
  /** Kubernetes Secrets that exist, as `namespace/name`. */
  secrets?: string[]
  /** Other vaults the app reads, by name: each answers for itself (the one above answers for the rest). */
  otherVaults?: Record<
    string,
    { tenant: string; id: string; subscription?: string; rbac: boolean; policies?: StubWorld['policies'] }
  >
  /** apply.sh: the vault's resource group, the client ID the IaC outputs. */
  vaultResourceGroup?: string
  iacClientId?: string
  /** The application routing add-on (ingressProfile.webAppRouting): on or off, and its identity's object id. */
  appRouting?: { enabled: boolean; objectId?: string }
  /** Helm releases installed already, as `namespace/name` with their `--set` values. */
  helmReleases?: Record<string, { chart: string; sets?: string[] }>
}

export const STUB_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000'
export const STUB_KUBELET_CLIENT_ID = '6b5a4c3d-4444-4d5e-8f70-bbbbccccdddd'
export const STUB_KUBELET_OBJECT_ID = '8c7b6a5d-5555-4e6f-9a81-ccccddddeeee'
export const STUB_APP_ROUTING_OBJECT_ID = '9d8c7b6a-6666-4f70-8b92-ddddeeeeffff'
export const stubIssuer = (cluster: string): string => `https://oidc.example.test/${cluster}/`

export const STUB_VAULT_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-kv/providers/Microsoft.KeyVault/vaults/kv'

const put = (path: string, content: string): void => {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content.endsWith('\n') || content === '' ? content : `${content}\n`)
}

/** A fresh state directory for the stand-ins. */
export function createStubState(world: StubWorld): string {
  const s = mkdtempSync(join(tmpdir(), 'stub-state-'))
  put(join(s, 'calls.log'), '')
  const subscription = world.subscription ?? STUB_SUBSCRIPTION
  put(join(s, 'account/subscription'), subscription)
  put(join(s, 'account/subscriptions'), (world.subscriptions ?? [subscription]).join('\n'))
  put(join(s, 'cloud'), world.cloud ?? 'AzureCloud')
  put(join(s, 'vault/name'), world.vaultName ?? '')
  put(join(s, 'vault/subscription'), world.vaultSubscription ?? subscription)
  put(join(s, 'vault/tenant'), world.vaultTenant)
  put(join(s, 'vault/id'), world.vaultId ?? STUB_VAULT_ID)
  put(join(s, 'kubelet/client-id'), world.kubeletClientId ?? STUB_KUBELET_CLIENT_ID)
  put(join(s, 'kubelet/object-id'), world.kubeletObjectId ?? STUB_KUBELET_OBJECT_ID)
  for (const [cluster, issuer] of Object.entries(world.issuers ?? {}))
    put(join(s, 'clusters', cluster, 'issuer'), issuer)
  if (world.secretReadFails) put(join(s, 'k8s/get-secret-fails'), 'true')
  put(join(s, 'vault/rbac'), String(world.rbac))
  for (const [objectId, categories] of Object.entries(world.policies ?? {}))
    for (const [category, permissions] of Object.entries(categories))
      put(join(s, 'vault/policies', objectId, category), permissions.join('\n'))
  for (const [name, v] of Object.entries(world.otherVaults ?? {})) {
    const dir = join(s, 'vaults', name)
    put(join(dir, 'tenant'), v.tenant)
    put(join(dir, 'id'), v.id)
    put(join(dir, 'subscription'), v.subscription ?? subscription)
    put(join(dir, 'rbac'), String(v.rbac))
    put(join(dir, 'resource-group'), 'rg-kv')
    for (const [objectId, categories] of Object.entries(v.policies ?? {}))
      for (const [category, permissions] of Object.entries(categories))
        put(join(dir, 'policies', objectId, category), permissions.join('\n'))
  }
  put(join(s, 'addon/enabled'), String(world.addon?.enabled ?? false))
  put(join(s, 'addon/rotation'), String(world.addon?.rotation ?? false))
  put(join(s, 'addon/interval'), world.addon?.interval ?? '2m')
  put(join(s, 'addon/client-id'), world.addonClientId ?? '')
  put(join(s, 'addon/object-id'), world.addonObjectId ?? '')
  put(join(s, 'approuting/enabled'), String(world.appRouting?.enabled ?? false))
  put(join(s, 'approuting/object-id'), world.appRouting?.objectId ?? STUB_APP_ROUTING_OBJECT_ID)
  put(join(s, 'cluster/oidc'), String(world.oidc ?? false))
  put(join(s, 'cluster/workload-identity'), String(world.workloadIdentity ?? false))
  for (const id of world.identities ?? []) {
    put(join(s, 'identities', id.rg, id.name, 'client-id'), id.clientId)
    put(join(s, 'identities', id.rg, id.name, 'principal-id'), id.principalId)
    for (const tag of id.tags ?? [])
      put(
        join(s, 'identities', id.rg, id.name, `tag-${tag.split('=')[0]}`),
        tag.split('=').slice(1).join('='),
      )
    for (const [name, f] of Object.entries(id.federated ?? {}))
      put(join(s, 'identities', id.rg, id.name, `fic-${name}`), `${f.issuer}\n${f.subject}\n${f.audience}`)
  }
  for (const sp of world.servicePrincipals ?? []) {
    put(join(s, 'service-principals', sp.clientId, 'object-id'), sp.objectId)
    put(join(s, 'service-principals', sp.clientId, 'passwords'), 'existing-password-of-another-app')
  }
  for (const secret of world.secrets ?? []) put(join(s, 'k8s/secrets', secret), 'clientid=x')
  put(join(s, 'vault/resource-group'), world.vaultResourceGroup ?? 'rg-kv')
  put(join(s, 'iac/client-id'), world.iacClientId ?? '')
  for (const [release, { chart, sets = [] }] of Object.entries(world.helmReleases ?? {}))
    put(join(s, 'helm/releases', release), [chart, ...sets].join('\n'))
  return s
}

export interface ScriptRun {
  code: number | null
  stdout: string
  stderr: string
  /** Every call of this run, as argv with the tool name first. */
  calls: string[][]
}

/** A folder with only the az and kubectl stand-ins: a machine without helm. */
function toolsWithoutHelm(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stub-tools-'))
  for (const tool of ['az', 'kubectl']) symlinkSync(join(STUB_TOOLS, tool), join(dir, tool))
  return dir
}

/**
 * Runs `bash SCRIPT` from `cwd` (not the script's folder) with the stand-ins first on PATH. `withoutHelm`:
 * no helm stand-in (the machine's PATH has no helm either).
 */
export function runWithStubs(
  script: string,
  state: string,
  cwd: string,
  { withoutHelm = false }: { withoutHelm?: boolean } = {},
): ScriptRun {
  const log = join(state, 'calls.log')
  const before = readFileSync(log, 'utf8').length
  const tools = withoutHelm ? toolsWithoutHelm() : STUB_TOOLS
  const r = spawnSync('bash', [script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${tools}:${process.env.PATH ?? ''}`, STUB_STATE: state },
    timeout: 30_000,
  })
  const calls = readFileSync(log, 'utf8')
    .slice(before)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, calls }
}

export const readState = (state: string, path: string): string | undefined =>
  existsSync(join(state, path)) ? readFileSync(join(state, path), 'utf8') : undefined

/** The command words of a call, before its first flag: `az role assignment create`. */
export const commandOf = (call: readonly string[]): string =>
  call.slice(0, call.findIndex((a, i) => i > 0 && a.startsWith('-')) >>> 0).join(' ')

/** Sets a part of the stand-ins' state between runs (a re-created cluster's new issuer, a cluster back online). */
export function writeState(state: string, path: string, content: string | undefined): void {
  if (content === undefined) rmSync(join(state, path), { force: true })
  else put(join(state, path), content)
}

/**
 * Every call that changes something outside this machine: Azure, Entra ID or the cluster (including an
 * apply that may change nothing). A script that stops on a failed look-up must have made none of these.
 */
export function changingCalls(calls: readonly string[][]): string[] {
  return calls
    .map(commandOf)
    .filter(
      (c) =>
        /^az .*\b(create|update|assign|reset|set-policy|enable-addons|enable|delete|remove|set)\b/.test(c) ||
        /^kubectl (apply|create|label|delete|annotate|patch)\b/.test(c),
    )
    .filter((c) => !c.startsWith('kubectl create namespace'))
}

/** Calls that change Azure or create a credential: what a second run must not make. */
export function mutatingCalls(calls: readonly string[][]): string[] {
  return calls
    .map(commandOf)
    .filter(
      (c) =>
        /^az .*\b(create|update|assign|reset|set-policy|enable-addons|enable|delete|remove)\b/.test(c) ||
        /^kubectl create secret\b/.test(c) ||
        /^helm (install|upgrade)\b/.test(c),
    )
}

const scratch: string[] = []

/** A temporary directory that `removeScratchDirs` (call it in afterAll) removes. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

export const removeScratchDirs = (): void => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/**
 * Writes a runnable folder (what "Download all" holds), then runs its azure-setup.sh twice against one
 * stand-in world, each time from another working directory: what the first run did, and the second saw.
 */
export function runFolderTwice(folder: readonly { name: string; content: string }[], world: StubWorld) {
  const dir = scratchDir('akv-folder-')
  for (const f of folder) writeFileSync(join(dir, f.name), f.content)
  const state = createStubState(world)
  const script = join(dir, 'azure-setup.sh')
  const first = runWithStubs(script, state, scratchDir('akv-cwd-'))
  const second = runWithStubs(script, state, scratchDir('akv-cwd-'))
  return { dir, state, first, second }
}
