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
}

export interface StubWorld {
  vaultTenant: string
  vaultId?: string
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
  /** The nodes' system-assigned identity, when it is on already. */
  vmssPrincipalId?: string
  /** The kubelet's user-assigned identity, on every node pool. */
  kubelet?: { clientId: string; objectId: string }
  /** Helm releases installed already, as `namespace/name` with their `--set` values. */
  helmReleases?: Record<string, { chart: string; sets?: string[] }>
}

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
  put(join(s, 'vault/tenant'), world.vaultTenant)
  put(join(s, 'vault/id'), world.vaultId ?? STUB_VAULT_ID)
  put(join(s, 'vault/rbac'), String(world.rbac))
  for (const [objectId, categories] of Object.entries(world.policies ?? {}))
    for (const [category, permissions] of Object.entries(categories))
      put(join(s, 'vault/policies', objectId, category), permissions.join('\n'))
  put(join(s, 'addon/enabled'), String(world.addon?.enabled ?? false))
  put(join(s, 'addon/rotation'), String(world.addon?.rotation ?? false))
  put(join(s, 'addon/interval'), world.addon?.interval ?? '2m')
  put(join(s, 'addon/client-id'), world.addonClientId ?? '')
  put(join(s, 'addon/object-id'), world.addonObjectId ?? '')
  put(join(s, 'cluster/oidc'), String(world.oidc ?? false))
  put(join(s, 'cluster/workload-identity'), String(world.workloadIdentity ?? false))
  for (const id of world.identities ?? []) {
    put(join(s, 'identities', id.rg, id.name, 'client-id'), id.clientId)
    put(join(s, 'identities', id.rg, id.name, 'principal-id'), id.principalId)
  }
  for (const sp of world.servicePrincipals ?? []) {
    put(join(s, 'service-principals', sp.clientId, 'object-id'), sp.objectId)
    put(join(s, 'service-principals', sp.clientId, 'passwords'), 'existing-password-of-another-app')
  }
  for (const secret of world.secrets ?? []) put(join(s, 'k8s/secrets', secret), 'clientid=x')
  put(join(s, 'cluster/kubelet-client-id'), world.kubelet?.clientId ?? '')
  put(join(s, 'cluster/kubelet-object-id'), world.kubelet?.objectId ?? '')
  for (const [release, { chart, sets = [] }] of Object.entries(world.helmReleases ?? {}))
    put(join(s, 'helm/releases', release), [chart, ...sets].join('\n'))
  if (world.vmssPrincipalId !== undefined) put(join(s, 'vmss/principal-id'), world.vmssPrincipalId)
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

/** Calls that change Azure or create a credential: what a second run must not make. */
export function mutatingCalls(calls: readonly string[][]): string[] {
  return calls
    .map(commandOf)
    .filter(
      (c) =>
        /^az .*\b(create|update|assign|reset|set-policy|enable-addons|delete|remove)\b/.test(c) ||
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
