import { fields, list, secretKeyFor, text, type Resolved } from '../shared/bridge.ts'
import { injectionRef, looksInjected } from '../shared/classify.ts'
import type { ReportRow } from '../shared/report.ts'
import { nsLabel, objectLabel, type ImportedDoc } from '../shared/types.ts'
import { akvsLabel, readAkvs, type Akvs } from './akvs.ts'
import { cleanupSteps } from './cleanup.ts'
import type { ContainerPlan, Conversion } from './conversion.ts'
import { externalSecret, type EsoAlternative } from './eso.ts'
import { federation } from './federation.ts'
import { addSync, fileFor, groupId, type Group } from './groups.ts'
import { mapOutput } from './map-output.ts'
import { mapRef } from './map-ref.ts'
import { containersOfWorkload, ingressSecretsOf, pullSecretsOf, secretsReadBy } from './workload-scan.ts'

/** The init container the webhook prepends (cmd/azure-keyvault-secrets-webhook/pod.go). */
const MUTATED_INIT = 'copy-azurekeyvault-env'

const sameNs = (a: string, b: string): boolean => (a || 'default') === (b || 'default')

/** Converts akv2k8s resources and env injection per shared/reference/akv2k8s-and-eso.md §3.1. */
/** `stream`: the file the patched stream is in, as the clean-up's apply step names it (cleanupSteps). */
export function convertAkv2k8s(docs: readonly ImportedDoc[], r: Resolved, stream?: string): Conversion {
  const copy = r.copy === 'ok'
  const akvsList = docs.filter((d) => d.role === 'akvs').map(readAkvs)
  const workloads = docs.filter((d) => d.role === 'workload')
  const c: Conversion = {
    groups: new Map(),
    rows: [],
    plans: new Map(),
    firstAkvs: new Map(),
    leftInjected: [],
    cleanup: [],
  }

  const group = (a: Akvs): Group => {
    const id = groupId(a.namespace, a.vault)
    const known = c.groups.get(id)
    if (known) return known
    const g: Group = {
      namespace: a.namespace,
      vault: a.vault,
      spcName: `${a.vault}-secrets`,
      objects: new Map(),
      synced: new Map(),
    }
    c.groups.set(id, g)
    return g
  }
  const planFor = (doc: ImportedDoc, container: string) => {
    const plans = c.plans.get(doc) ?? new Map<string, ContainerPlan>()
    c.plans.set(doc, plans)
    const plan = plans.get(container) ?? { env: new Map(), groups: new Set<string>() }
    plans.set(container, plan)
    return plan
  }

  const referenced = new Set<Akvs>()
  const queries = queriesByAkvs(workloads, akvsList)
  // Env injection first: its rows come with the workloads, and it may reuse a controller Secret.
  for (const doc of workloads) {
    for (const ref of containersOfWorkload(doc)) {
      for (const env of list(ref.container['env']).map(fields)) {
        const value = env['value']
        if (!looksInjected(value)) continue
        const envName = text(env['name']) ?? ''
        const construct = `env ${envName} of ${doc.kind} ${nsLabel(doc.namespace)}/${doc.name}, container ${ref.name}`
        const parsed = injectionRef(value)
        const a = parsed && akvsList.find((x) => x.name === parsed.akvs && sameNs(x.namespace, doc.namespace))
        if (!parsed || !a) {
          c.leftInjected.push({ namespace: doc.namespace, akvs: parsed?.akvs ?? '' })
          c.rows.push({
            at: doc.at,
            construct,
            status: 'not-convertible',
            result: parsed
              ? `no AzureKeyVaultSecret ${parsed.akvs} in namespace ${nsLabel(doc.namespace)} among the inputs`
              : `"${String(value)}" is not <name>@azurekeyvault[?query]`,
            todo: parsed ? `import the AzureKeyVaultSecret ${parsed.akvs} too` : 'fix the reference',
          })
          continue
        }
        referenced.add(a)
        const g = group(a)
        c.firstAkvs.set(
          groupId(a.namespace, a.vault),
          c.firstAkvs.get(groupId(a.namespace, a.vault)) ?? a.doc,
        )
        const mapped = mapRef(a, parsed.query, copy, `${g.spcName}-env`, queries.get(a))
        if (!mapped.object) {
          c.leftInjected.push({ namespace: doc.namespace, akvs: a.name })
          c.rows.push({
            at: doc.at,
            construct,
            status: 'not-convertible',
            result: mapped.notes.join('; '),
            todo: mapped.todo.join('; '),
          })
          continue
        }
        const file = fileFor(g, mapped.object)
        const plan = planFor(doc, ref.name)
        plan.groups.add(groupId(a.namespace, a.vault))
        let result: string
        if (copy && mapped.sync) {
          const key = mapped.sync.key ?? secretKeyFor(file)
          for (const k of mapped.sync.keys ?? [key])
            addSync(g, mapped.sync.secretName, mapped.sync.type, k, mapped.object)
          plan.env.set(envName, { secretName: mapped.sync.secretName, key })
          result = `secretKeyRef ${mapped.sync.secretName}/${key}, synced by SecretProviderClass ${g.spcName} (the value now lives in a Kubernetes Secret)`
        } else {
          plan.env.set(envName, { group: groupId(a.namespace, a.vault), file })
          result = `read from the mounted file ${file} of SecretProviderClass ${g.spcName} by the start-up wrapper (no Kubernetes Secret)`
        }
        c.rows.push({
          at: doc.at,
          construct,
          status: mapped.status,
          result: [result, ...mapped.notes].join('; '),
          todo: mapped.todo.join('; '),
        })
      }
    }
  }

  for (const a of akvsList) c.rows.push(...convertOutput(a, c, group, referenced.has(a), r))

  if (akvsList.some((a) => a.secret)) {
    c.rows.push({
      construct: 'akv2k8s controller refresh',
      status: 'info',
      result:
        'the controller polled Key Vault every 30 s (--azure-resync-period); the driver does not rotate unless enabled',
      todo: 'if you relied on the refresh, enable rotation on the driver (enableSecretRotation=true, rotationPollInterval, default 2m); env vars still need a pod restart',
    })
  }
  for (const doc of workloads) {
    if (containersOfWorkload(doc).some((ref) => ref.name === MUTATED_INIT)) {
      c.rows.push({
        at: doc.at,
        construct: objectLabel(doc),
        status: 'caveat',
        result: `the akv2k8s webhook already mutated it (init container ${MUTATED_INIT}, command rewritten); the patch keeps what the webhook added`,
        todo: 'import the manifest you apply (the Deployment or chart output), not a pod read back from the cluster',
      })
    }
  }
  mountWhereConsumed(workloads, c, planFor)
  c.rows.push(...outlivesPods(docs, akvsList, c, r))
  const trust = federation(c, r)
  c.rows.push(...trust.rows)
  c.cleanup = cleanupSteps(docs, akvsList, c, trust.steps, stream)
  return c
}

/** Every query each akvs is referenced with (`<akvs>@azurekeyvault?query`), over all the inputs' workloads. */
function queriesByAkvs(workloads: readonly ImportedDoc[], akvsList: readonly Akvs[]): Map<Akvs, Set<string>> {
  const byAkvs = new Map<Akvs, Set<string>>()
  for (const doc of workloads) {
    for (const ref of containersOfWorkload(doc)) {
      for (const env of list(ref.container['env']).map(fields)) {
        const parsed = injectionRef(env['value'])
        const a = parsed && akvsList.find((x) => x.name === parsed.akvs && sameNs(x.namespace, doc.namespace))
        if (!parsed || !a) continue
        byAkvs.set(a, (byAkvs.get(a) ?? new Set<string>()).add(parsed.query))
      }
    }
  }
  return byAkvs
}

/** A row's to-do with the External Secrets Operator way out and where its value differs from akv2k8s's. */
function withEso(todo: string, eso: EsoAlternative | undefined): Pick<ReportRow, 'todo' | 'alternative'> {
  if (!eso) return { todo }
  return {
    todo: eso.note ? `${todo}; with External Secrets Operator: ${eso.note}` : todo,
    alternative: eso.manifests,
  }
}

function convertOutput(
  a: Akvs,
  c: Conversion,
  group: (a: Akvs) => Group,
  referenced: boolean,
  r: Resolved,
): ReportRow[] {
  const rows: ReportRow[] = []
  const construct = akvsLabel(a)
  const row = (status: ReportRow['status'], result: string, todo = '') =>
    rows.push({
      at: a.doc.at,
      construct,
      status,
      result,
      ...(status === 'not-convertible' ? withEso(todo, externalSecret(a, r)) : { todo }),
    })
  if (a.configMap) {
    row(
      'not-convertible',
      `output.configMap ${a.configMap.name}: the CSI driver syncs Secrets only`,
      'read it as a Secret or a mounted file instead, or use External Secrets Operator target.manifest (needs --unsafe-allow-generic-targets)',
    )
  }
  if (a.azureIdentity) {
    row(
      'caveat',
      `vault.azureIdentity.name ${a.azureIdentity}: the identity moves to the SecretProviderClass (clientID or userAssignedIdentityID)`,
      'the field appears unused by akv2k8s code: confirm which identity really reads the vault',
    )
  }
  if (!a.secret) {
    if (!a.configMap && !referenced) {
      row(
        'info',
        'no output and no env value in the inputs references it',
        'import the workloads that use it, or delete it if unused',
      )
    }
    return rows
  }
  const mapped = mapOutput(a)
  if (!mapped.object) {
    row('not-convertible', [`Secret ${a.secret.name}`, ...mapped.notes].join(': '), mapped.todo.join('; '))
    return rows
  }
  const g = group(a)
  const id = groupId(a.namespace, a.vault)
  c.firstAkvs.set(id, c.firstAkvs.get(id) ?? a.doc)
  const file = fileFor(g, mapped.object)
  for (const key of mapped.keys) addSync(g, a.secret.name, mapped.type, key, mapped.object)
  const extras = a.secret.chainOrder
    ? ['chainOrder: the provider already orders the chain server first (--construct-pem-chain, default true)']
    : []
  row(
    mapped.status,
    [
      `SecretProviderClass ${g.spcName}: object ${a.objectName} as ${mapped.object.objectType} (file ${file}); Secret ${a.secret.name} (${mapped.type}) keys ${mapped.keys.join(', ')}`,
      ...mapped.notes,
      ...extras,
    ].join('; '),
    mapped.todo.join('; '),
  )
  return rows
}

/** The driver writes a synced Secret only while a pod mounts its volume: every container reading one mounts it. */
function mountWhereConsumed(
  workloads: ImportedDoc[],
  c: Conversion,
  planFor: (d: ImportedDoc, n: string) => ContainerPlan,
): void {
  for (const doc of workloads) {
    for (const ref of containersOfWorkload(doc)) {
      for (const read of secretsReadBy(doc, ref)) {
        for (const [id, g] of c.groups) {
          if (sameNs(g.namespace, doc.namespace) && g.synced.has(read.secret))
            planFor(doc, ref.name).groups.add(id)
        }
      }
    }
  }
}

/** Synced Secrets that something other than a mounting pod needs: a caveat, with ESO as the way out. */
function outlivesPods(
  docs: readonly ImportedDoc[],
  akvsList: Akvs[],
  c: Conversion,
  r: Resolved,
): ReportRow[] {
  const rows: ReportRow[] = []
  for (const a of akvsList) {
    if (!a.secret || !c.groups.has(groupId(a.namespace, a.vault))) continue
    const g = c.groups.get(groupId(a.namespace, a.vault))
    if (!g?.synced.has(a.secret.name)) continue
    const secretName = a.secret.name
    const needers = docs.flatMap((d) => {
      if (!sameNs(d.namespace, a.namespace)) return []
      if (d.role === 'workload' && pullSecretsOf(d).includes(secretName))
        return [`imagePullSecrets of ${d.kind} ${d.name}`]
      return ingressSecretsOf(d).includes(secretName) ? [`Ingress ${d.name}`] : []
    })
    const podReaders = [...c.plans.entries()].some(
      ([d, plans]) =>
        sameNs(d.namespace, a.namespace) &&
        [...plans.values()].some((p) => p.groups.has(groupId(a.namespace, a.vault))) &&
        containersOfWorkload(d).some((ref) => secretsReadBy(d, ref).some((s) => s.secret === secretName)),
    )
    if (needers.length === 0 && podReaders) continue
    const why =
      needers.length > 0
        ? `${needers.join(', ')} need${needers.length === 1 ? 's' : ''} Secret ${secretName} before or without any pod mounting the volume`
        : `no pod among the inputs reads Secret ${secretName}; the driver writes it only while a pod mounts SecretProviderClass ${g.spcName}, and deletes it after the last one`
    rows.push({
      at: a.doc.at,
      construct: `Secret ${nsLabel(a.namespace)}/${secretName} (from ${akvsLabel(a)})`,
      status: 'caveat',
      result: why,
      ...withEso(
        'if an Ingress, image pull, another chart or an operator reads it, keep it with External Secrets Operator (the ExternalSecret and SecretStore below) instead of the CSI sync',
        externalSecret(a, r),
      ),
    })
  }
  return rows
}
