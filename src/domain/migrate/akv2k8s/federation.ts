import {
  COLLECTION,
  isPlaceholder,
  ROLE,
  shQuote,
  text,
  WORKLOAD_IDENTITY_AUDIENCE,
  type Resolved,
} from '../shared/bridge.ts'
import { podOf } from '../shared/pod-template.ts'
import type { ReportRow } from '../shared/report.ts'
import { nsLabel } from '../shared/types.ts'
import type { Conversion } from './conversion.ts'

/** A name the identity's federated credentials can hold: 3–120 of [A-Za-z0-9_-], from a letter or digit. */
function credentialName(...parts: string[]): string {
  const name = parts
    .filter((p) => p !== '' && !isPlaceholder(p))
    .join('-')
    .replace(/[^A-Za-z0-9_-]/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
  return name.slice(0, 120)
}

/**
 * The identity's name, resource group and principal, looked up by the client id the SecretProviderClasses
 * name (as the setup script's existing-identity step does).
 */
const identityLookup = (client: string): string[] => {
  const q = (field: string) => `"[?clientId=='${client}'] | [0].${field}"`
  return [
    `IDENTITY_NAME="$(az identity list --query ${q('name')} -o tsv)"`,
    `IDENTITY_RG="$(az identity list --query ${q('resourceGroup')} -o tsv)"`,
  ]
}
const principalLookup =
  'PRINCIPAL_ID="$(az identity show -g "$IDENTITY_RG" -n "$IDENTITY_NAME" --query principalId -o tsv)"'

/**
 * With workload identity the driver asks Entra ID for the identity's token with the pod's own service
 * account token (provider docs: configurations/identity-access-modes/workload-identity-mode). akv2k8s read
 * the vault as itself (its controller's or webhook's identity, `keyVaultAuth`), so no federated credential
 * exists for the service accounts the workloads already run as: without one each pod's mount fails with
 * AADSTS70021. One report row and one first clean-up step per distinct (namespace, service account) of the
 * patched workloads, and the read access for the identity on what the SecretProviderClasses name.
 */
export interface Federation {
  rows: ReportRow[]
  /** The clean-up's first steps: a sentence, then `: ` and a shell command line. */
  steps: string[]
  /** Each step's command line alone, in the same order. */
  commands: string[]
}

export function federation(c: Conversion, r: Resolved): Federation {
  const none: Federation = { rows: [], steps: [], commands: [] }
  if (r.auth !== 'workload' || c.plans.size === 0) return none
  const accounts = new Map<string, { ns: string; sa: string; workloads: string[] }>()
  for (const doc of c.plans.keys()) {
    // The patch keeps a service account the pod names and adds the answer's otherwise (apply-plan.ts).
    const sa = (text(podOf(doc.object, doc.kind).spec['serviceAccountName']) ?? '').trim() || r.sa
    const ns = doc.namespace || r.ns
    const id = `${ns}\u0000${sa}`
    const known = accounts.get(id) ?? { ns, sa, workloads: [] }
    known.workloads.push(`${doc.kind} ${doc.name}`)
    accounts.set(id, known)
  }
  const issuer = `AKS_OIDC_ISSUER="$(az aks show -g ${shQuote(r.rg)} -n ${shQuote(r.cluster)} --query oidcIssuerProfile.issuerUrl -o tsv)"`
  const rows: ReportRow[] = []
  const steps: string[] = []
  const commands: string[] = []
  const step = (intro: string, lines: string[]) => {
    const command = lines.join(' && ')
    commands.push(command)
    steps.push(`${intro}: ${command}`)
  }
  for (const { ns, sa, workloads } of accounts.values()) {
    const subject = `system:serviceaccount:${ns}:${sa}`
    const name = credentialName(r.cluster, ns, sa)
    rows.push({
      construct: `ServiceAccount ${nsLabel(ns)}/${sa} (${workloads.join(', ')})`,
      status: 'caveat',
      result: `workload identity: the driver reads the vault as identity ${r.client} with this service account's token; akv2k8s authenticated as itself, so no federated credential for ${subject} exists yet`,
      todo: `create the federated credential (subject ${subject}, the cluster's OIDC issuer) before the patched pods start: clean-up step 1`,
    })
    step(
      `Before applying anything, let identity ${r.client} trust service account ${ns}/${sa} (else the mounts fail with AADSTS70021)`,
      [
        ...identityLookup(r.client),
        issuer,
        // The name holds cluster, namespace and service account: one that exists already has this subject.
        `{ az identity federated-credential show --name ${shQuote(name)} --identity-name "$IDENTITY_NAME" -g "$IDENTITY_RG" -o none 2>/dev/null || az identity federated-credential create --name ${shQuote(name)} --identity-name "$IDENTITY_NAME" -g "$IDENTITY_RG" --issuer "$AKS_OIDC_ISSUER" --subject ${shQuote(subject)} --audiences ${WORKLOAD_IDENTITY_AUDIENCE} -o none; }`,
      ],
    )
  }
  const grants = new Map<string, string>()
  for (const g of c.groups.values()) {
    for (const { object } of g.objects.values()) {
      const role = ROLE[object.objectType]
      const scope = `"$(az keyvault show -n ${shQuote(g.vault)} --query id -o tsv)/${COLLECTION[object.objectType]}/${object.objectName}"`
      grants.set(
        `${role}\u0000${g.vault}\u0000${object.objectType}\u0000${object.objectName}`,
        // Created only when missing, as the setup script's grant_role does: a rerun adds nothing.
        `{ [ "$(az role assignment list --role ${shQuote(role)} --scope ${scope} --query "length([?principalId=='$PRINCIPAL_ID'])" -o tsv)" != 0 ] || az role assignment create --role ${shQuote(role)} --assignee-object-id "$PRINCIPAL_ID" --assignee-principal-type ServicePrincipal --scope ${scope} -o none; }`,
      )
    }
  }
  if (grants.size > 0) {
    step(
      `Give identity ${r.client} read access to each object it now reads, as akv2k8s had with its own identity (on a vault with access policies rather than Azure RBAC, add the get permission of each object's kind to the identity's policy instead, keeping what it has)`,
      [...identityLookup(r.client), principalLookup, ...grants.values()],
    )
  }
  return { rows, steps, commands }
}
