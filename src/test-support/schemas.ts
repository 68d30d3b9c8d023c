import { readFileSync } from 'node:fs'
import Ajv, { type ValidateFunction } from 'ajv'
import { load } from 'js-yaml'
import { DaemonSet, type IDaemonSet } from 'kubernetes-models/apps/v1/DaemonSet'
import { ReplicaSet, type IReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet'
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1/Deployment'
import { StatefulSet, type IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet'
import { CronJob, type ICronJob } from 'kubernetes-models/batch/v1/CronJob'
import { Job, type IJob } from 'kubernetes-models/batch/v1/Job'
import { Pod, type IPod } from 'kubernetes-models/v1/Pod'
import { ConfigMap, type IConfigMap } from 'kubernetes-models/v1/ConfigMap'
import { Secret, type ISecret } from 'kubernetes-models/v1/Secret'
import { ServiceAccount, type IServiceAccount } from 'kubernetes-models/v1/ServiceAccount'
import { Service, type IService } from 'kubernetes-models/v1/Service'
import { Ingress, type IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress'
import { fields, isFields, type Fields } from '../domain/k8s/read.ts'
import { missingReference, referenceFile } from './reference.ts'

/**
 * Schema checks for tests: the Kubernetes API's own schemas (kubernetes-models) for the built-in kinds, and
 * the real SecretProviderClass CRD (kubernetes-sigs/secrets-store-csi-driver, config/crd/bases, from
 * ../shared/reference/crd/) for the custom one.
 */

const SPC_CRD = 'crd/secretproviderclasses.secrets-store.csi.x-k8s.io.yaml'

/**
 * Why the CRD checks cannot run here (the shared reference is absent), else undefined. A test that checks a
 * generated SecretProviderClass against its schema is skipped with this reason: `it.skipIf(CRD_MISSING)`.
 */
const ESO_STORE_CRD = 'crd/secretstores.external-secrets.io.yaml'
const ESO_EXTERNAL_SECRET_CRD = 'crd/externalsecrets.external-secrets.io.yaml'
export const CRD_MISSING = missingReference(
  [SPC_CRD, ESO_STORE_CRD, ESO_EXTERNAL_SECRET_CRD],
  'check manifests against the SecretProviderClass and External Secrets Operator CRDs',
)

/**
 * The CRD leaves objects open; closing every object that lists its properties makes a misspelt field (e.g.
 * `secretObject`, `paramters`) a schema error, as it would be with kubectl's field validation.
 */
function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects)
  if (!isFields(schema)) return schema
  const closed: Fields = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closeObjects(v)]))
  if (isFields(schema['properties']) && schema['additionalProperties'] === undefined) {
    closed['additionalProperties'] = false
  }
  return closed
}

const KUBERNETES_KEYWORDS = [
  'x-kubernetes-int-or-string',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-validations',
  'x-kubernetes-embedded-resource',
  // OpenAPI's own annotation, which JSON Schema does not know.
  'example',
]

/** Every `format` a schema names. */
function formatsIn(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(formatsIn)
  if (!isFields(schema)) return []
  const own = typeof schema['format'] === 'string' ? [schema['format']] : []
  return [...new Set([...own, ...Object.values(schema).flatMap(formatsIn)])]
}

/** A CRD's v1 schema from the shared reference, closed (see closeObjects) and compiled. */
function loadCrdValidator(path: string, kind: string): ValidateFunction {
  // A test that needs the CRD and is not skipped without it fails here, saying why, rather than passing.
  if (CRD_MISSING) throw new Error(CRD_MISSING)
  const crd = load(readFileSync(referenceFile(path), 'utf8'))
  const versions =
    isFields(crd) && isFields(crd['spec']) && Array.isArray(crd['spec']['versions'])
      ? crd['spec']['versions']
      : []
  const v1 = versions.find((v): v is Fields => isFields(v) && v['name'] === 'v1')
  const schema = isFields(v1) && isFields(v1['schema']) ? v1['schema']['openAPIV3Schema'] : undefined
  if (!isFields(schema)) throw new Error(`the ${kind} CRD has no v1 openAPIV3Schema`)
  // Kubernetes' own extensions are known keywords here, not checks: the API server evaluates
  // x-kubernetes-validations (CEL), which these tests cannot. Its formats (`byte`, `int64`, `date-time`, ...)
  // are accepted as written: the generators never write such fields.
  const ajv = new Ajv({
    allErrors: true,
    formats: Object.fromEntries(formatsIn(schema).map((f) => [f, true])),
  })
  for (const keyword of KUBERNETES_KEYWORDS) ajv.addKeyword(keyword)
  return ajv.compile(closeObjects(schema) as Fields)
}

/** The custom kinds the generators write, each with its CRD in the shared reference (never copied). */
const CUSTOM: Record<string, { apiVersion: string; crd: string }> = {
  SecretProviderClass: { apiVersion: 'secrets-store.csi.x-k8s.io/v1', crd: SPC_CRD },
  SecretStore: { apiVersion: 'external-secrets.io/v1', crd: ESO_STORE_CRD },
  ExternalSecret: { apiVersion: 'external-secrets.io/v1', crd: ESO_EXTERNAL_SECRET_CRD },
}

const crdValidators = new Map<string, ValidateFunction>()

function crdProblems(manifest: Fields, kind: string, custom: { apiVersion: string; crd: string }): string[] {
  const validator = crdValidators.get(kind) ?? loadCrdValidator(custom.crd, kind)
  crdValidators.set(kind, validator)
  const problems =
    manifest['apiVersion'] === custom.apiVersion ? [] : [`apiVersion ${String(manifest['apiVersion'])}`]
  if (validator(manifest)) return problems
  return [
    ...problems,
    ...(validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()),
  ]
}

interface Validating {
  validate(): void
}

// The casts only tell TypeScript what the schema check is there to find out.
const BUILT_IN: Record<string, { apiVersion: string; model: (data: Fields) => Validating }> = {
  Deployment: { apiVersion: 'apps/v1', model: (data) => new Deployment(data as unknown as IDeployment) },
  ServiceAccount: {
    apiVersion: 'v1',
    model: (data) => new ServiceAccount(data as unknown as IServiceAccount),
  },
  ConfigMap: { apiVersion: 'v1', model: (data) => new ConfigMap(data as unknown as IConfigMap) },
  Secret: { apiVersion: 'v1', model: (data) => new Secret(data as unknown as ISecret) },
  // Certificates for an Ingress only: the app's Service and the application routing add-on's Ingress.
  Service: { apiVersion: 'v1', model: (data) => new Service(data as unknown as IService) },
  Ingress: {
    apiVersion: 'networking.k8s.io/v1',
    model: (data) => new Ingress(data as unknown as IIngress),
  },
  // The workload kinds the importer patches in place.
  StatefulSet: { apiVersion: 'apps/v1', model: (data) => new StatefulSet(data as unknown as IStatefulSet) },
  DaemonSet: { apiVersion: 'apps/v1', model: (data) => new DaemonSet(data as unknown as IDaemonSet) },
  ReplicaSet: { apiVersion: 'apps/v1', model: (data) => new ReplicaSet(data as unknown as IReplicaSet) },
  Job: { apiVersion: 'batch/v1', model: (data) => new Job(data as unknown as IJob) },
  CronJob: { apiVersion: 'batch/v1', model: (data) => new CronJob(data as unknown as ICronJob) },
  Pod: { apiVersion: 'v1', model: (data) => new Pod(data as unknown as IPod) },
}

function builtInProblems(
  manifest: Fields,
  kind: { apiVersion: string; model: (data: Fields) => Validating },
): string[] {
  const apiVersion = String(manifest['apiVersion'])
  const problems = apiVersion === kind.apiVersion ? [] : [`apiVersion ${apiVersion}`]
  try {
    kind.model(manifest).validate()
    return problems
  } catch (error) {
    const errors: unknown = isFields(error) ? error['errors'] : undefined
    const details = Array.isArray(errors)
      ? errors.map((e) =>
          isFields(e) ? `${String(e['instancePath'] ?? '')} ${String(e['message'] ?? '')}` : String(e),
        )
      : [error instanceof Error ? error.message : String(error)]
    return [...problems, ...details]
  }
}

/** Schema problems of one manifest, each prefixed with its kind and name; empty when it is valid. */
export function schemaProblems(value: unknown): string[] {
  const manifest = fields(value)
  const kind = String(manifest['kind'])
  const where = `${kind} ${String(fields(manifest['metadata'])['name'])}`
  const builtIn = BUILT_IN[kind]
  const custom = CUSTOM[kind]
  const problems =
    custom !== undefined
      ? crdProblems(manifest, kind, custom)
      : builtIn === undefined
        ? [`unknown kind ${kind}: no schema to check it against`]
        : builtInProblems(manifest, builtIn)
  return problems.map((p) => `${where}: ${p}`)
}
