import type { Plan } from '../plan/plan.ts'
import { planVaults } from '../plan/vaults.ts'
import { azureSetupScript } from './azure-cli/index.ts'
import { codeSample } from './code-samples/index.ts'
import { deployment } from './deployment.ts'
import { IAC_ROWS, scriptStays } from './iac/index.ts'
import { externalSecret, secretStore } from './external-secrets.ts'
import { appService, ingressAt, ingressFor, ingressName } from './ingress.ts'
import { readme } from './readme.ts'
import { secretProviderClass } from './secret-provider-class.ts'
import { serviceAccount } from './service-account.ts'
import type { ManifestRow, OutputRow } from './output-rows.ts'
import type { Manifest, OutputFile } from './types.ts'
import { wrapperConfigMap } from './wrapper.ts'
import { MAX_INGRESS_CERTIFICATES } from '../answers/field-rules/ingress.ts'
import { toYaml } from './yaml.ts'

export type { FileRow, FolderRow, ManifestRow, OutputRow } from './output-rows.ts'

const manifest = (
  id: string,
  when: ManifestRow['when'],
  build: ManifestRow['build'],
  extra: Partial<ManifestRow> = {},
): ManifestRow => ({ id, stage: 'manifest', name: () => `${id}.yaml`, when, build, ...extra })

function ingressRow(index: number): ManifestRow {
  const at = (plan: Plan) => {
    const o = ingressAt(plan, index)
    if (o === undefined) throw new Error(`no Ingress certificate ${index + 1}: the row's when() is false`)
    return o
  }
  return {
    id: `ingress-${index + 1}`,
    stage: 'manifest',
    name: (plan) => `ingress-${ingressName(plan, at(plan))}.yaml`,
    when: (plan) => ingressAt(plan, index) !== undefined,
    build: (plan) => ingressFor(plan, at(plan)),
  }
}

/** A row of one object per vault; its `build` is the first vault's (a plan that needs it has a vault). */
const perVaultManifest = (
  id: string,
  when: ManifestRow['when'],
  build: NonNullable<ManifestRow['perVault']>,
): ManifestRow => manifest(id, when, (p) => build(p, planVaults(p)[0]!), { perVault: build })

/**
 * Every file the wizard can write, in the order of the folder and the page's tabs; manifests in apply order
 * (what a pod needs exists before the pod). Adding a file is a row here, its renderer, and a test.
 */
export const OUTPUTS: readonly OutputRow[] = [
  manifest(
    'serviceaccount',
    (p) => p.workloadIdentity,
    (p) => serviceAccount(p.r),
  ),
  manifest(
    'configmap',
    (p) => p.wrapper,
    (p) => wrapperConfigMap(p.r),
  ),
  perVaultManifest('secretproviderclass', (p) => p.csi, secretProviderClass),
  // Option 3 with External Secrets Operator: the store, then what writes the Secret the pod reads.
  perVaultManifest('secretstore', (p) => p.eso, secretStore),
  perVaultManifest('externalsecret', (p) => p.eso, externalSecret),
  manifest('deployment', () => true, deployment, { workload: true }),
  // Certificates for an Ingress only: the app's Service, and one Ingress of the application routing add-on
  // per certificate (ingress.ts).
  manifest('service', (p) => p.ingressObjects.length > 0, appService),
  ...Array.from({ length: MAX_INGRESS_CERTIFICATES }, (_, index) => ingressRow(index)),
  {
    id: 'azure-setup',
    stage: 'file',
    name: () => 'azure-setup.sh',
    when: scriptStays,
    render: ({ plan, earlier }) => ({
      name: 'azure-setup.sh',
      title: 'Azure CLI',
      kind: 'script',
      language: 'shell',
      content: azureSetupScript(
        plan,
        earlier.filter((f) => f.kind === 'manifest'),
      ),
    }),
  },
  // The Azure side as Terraform or Bicep (the answer `iac`), and apply.sh that applies it, then the manifests.
  ...IAC_ROWS,
  {
    id: 'code-sample',
    stage: 'file',
    name: (p) => codeSample(p.r).name,
    when: (p) => p.codeSample,
    render: ({ plan }) => codeSample(plan.r),
  },
  { id: 'readme', stage: 'folder', name: () => 'README.md', when: () => true, render: readme },
]

/** The rows this plan needs, in table order. */
export const outputsFor = (plan: Plan): OutputRow[] => OUTPUTS.filter((row) => row.when(plan))

/**
 * The objects of one manifest row with their file names: one, or for a `perVault` row one per vault, each
 * named for its vault when there are several. A plan always has a vault (the placeholder object's).
 */
export function rowManifests(
  row: ManifestRow,
  plan: Plan,
): { name: string; manifest: Manifest; vault: string | undefined }[] {
  const vaults = planVaults(plan)
  // Any other row reads the plan only: it is built once, even when the pod reads no vault (every object for
  // an Ingress only), where a per-vault row's `when` is false.
  if (!row.perVault) return [{ name: row.name(plan), manifest: row.build(plan), vault: undefined }]
  const several = vaults.length > 1
  return vaults.map((v) => ({
    name: several ? `${row.id}-${v.key}.yaml` : row.name(plan),
    manifest: row.perVault!(plan, v),
    vault: several ? v.name : undefined,
  }))
}

/** One manifest's file: its tab is titled by its kind, and by its vault when each vault has one. */
export const manifestFile = (name: string, m: Manifest, vault?: string): OutputFile => ({
  name,
  title: vault === undefined ? m.kind : `${m.kind} (${vault})`,
  kind: 'manifest',
  language: 'yaml',
  content: toYaml(m),
})
