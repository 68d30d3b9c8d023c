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
export const CRD_MISSING = missingReference([SPC_CRD], 'check manifests against the SecretProviderClass CRD')

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

function loadSpcValidator(): ValidateFunction {
  // A test that needs the CRD and is not skipped without it fails here, saying why, rather than passing.
  if (CRD_MISSING) throw new Error(CRD_MISSING)
  const crd = load(readFileSync(referenceFile(SPC_CRD), 'utf8'))
  const versions =
    isFields(crd) && isFields(crd['spec']) && Array.isArray(crd['spec']['versions'])
      ? crd['spec']['versions']
      : []
  const v1 = versions.find((v): v is Fields => isFields(v) && v['name'] === 'v1')
  const schema = isFields(v1) && isFields(v1['schema']) ? v1['schema']['openAPIV3Schema'] : undefined
  if (!isFields(schema)) throw new Error('the SecretProviderClass CRD has no v1 openAPIV3Schema')
  return new Ajv({ allErrors: true }).compile(closeObjects(schema) as Fields)
}

let spcValidator: ValidateFunction | undefined

function spcProblems(manifest: Fields): string[] {
  spcValidator ??= loadSpcValidator()
  const problems =
    manifest['apiVersion'] === 'secrets-store.csi.x-k8s.io/v1'
      ? []
      : [`apiVersion ${String(manifest['apiVersion'])}`]
  if (spcValidator(manifest)) return problems
  return [
    ...problems,
    ...(spcValidator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()),
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
  const problems =
    kind === 'SecretProviderClass'
      ? spcProblems(manifest)
      : builtIn === undefined
        ? [`unknown kind ${kind}: no schema to check it against`]
        : builtInProblems(manifest, builtIn)
  return problems.map((p) => `${where}: ${p}`)
}
