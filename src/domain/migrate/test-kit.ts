/** Builders shared by this folder's tests: an akvs, a workload, and a migration run from YAML text. */
import { emptyAnswers, fields, list, type Answers, type Fields, type OptionId } from './shared/bridge.ts'
import { migrate, type MigrationResult } from './migrate.ts'
import { readInputs } from './read.ts'

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
export const CLIENT = 'ceb19a0a-941a-4f33-839d-aeace8ffe205'

export interface AkvsSpec {
  name?: string
  ns?: string
  vault?: string
  object?: string
  type?: string
  version?: string
  contentType?: string
  secret?: { name: string; type?: string; dataKey?: string; chainOrder?: string }
  configMap?: { name: string; dataKey?: string }
  transform?: string[]
  azureIdentity?: string
  apiVersion?: string
}

export function akvs(s: AkvsSpec = {}): string {
  const ns = s.ns ?? 'akv-test'
  const lines = [
    `apiVersion: ${s.apiVersion ?? 'spv.no/v2beta1'}`,
    'kind: AzureKeyVaultSecret',
    `metadata: {name: ${s.name ?? 'my-akvs'}${ns ? `, namespace: ${ns}` : ''}}`,
    'spec:',
    '  vault:',
    `    name: ${s.vault ?? 'my-kv'}`,
    ...(s.azureIdentity ? [`    azureIdentity: {name: ${s.azureIdentity}}`] : []),
    '    object:',
    `      name: ${s.object ?? 'my-secret'}`,
    `      type: ${s.type ?? 'secret'}`,
    ...(s.version ? [`      version: ${s.version}`] : []),
    ...(s.contentType ? [`      contentType: ${s.contentType}`] : []),
  ]
  if (s.secret || s.configMap || s.transform) {
    lines.push('  output:')
    if (s.transform) lines.push(`    transform: [${s.transform.join(', ')}]`)
    if (s.secret) {
      lines.push('    secret:', `      name: ${s.secret.name}`)
      if (s.secret.type) lines.push(`      type: ${s.secret.type}`)
      if (s.secret.dataKey) lines.push(`      dataKey: ${s.secret.dataKey}`)
      if (s.secret.chainOrder) lines.push(`      chainOrder: ${s.secret.chainOrder}`)
    }
    if (s.configMap)
      lines.push(
        '    configMap:',
        `      name: ${s.configMap.name}`,
        `      dataKey: ${s.configMap.dataKey ?? 'v'}`,
      )
  }
  return lines.join('\n') + '\n'
}

/** A Deployment whose one container has these env entries (YAML flow maps), in namespace akv-test. */
export function deployment(env: string[], extra = '', name = 'app', ns = 'akv-test'): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: main
          image: example.azurecr.io/app:1
          command: [/app/server]
          args: [--port, "8080"]
${env.length > 0 ? `          env:\n${env.map((e) => `            - ${e}`).join('\n')}\n` : ''}${extra}`
}

export const complete = (a: Partial<Answers> = {}): Answers => ({
  ...emptyAnswers(),
  tenant: TENANT,
  client: CLIENT,
  auth: 'workload',
  copy: 'ok',
  ...a,
})

export function run(
  yaml: string | string[],
  answers: Partial<Answers> = {},
  option?: OptionId,
): MigrationResult {
  const texts = Array.isArray(yaml) ? yaml : [yaml]
  const input = readInputs(texts.map((text, i) => ({ name: `in${i}.yaml`, text })))
  if (input.errors.length > 0) throw new Error(JSON.stringify(input.errors))
  return migrate(input, complete(answers), option === undefined ? {} : { option })
}

export const kinds = (r: MigrationResult): string[] => r.output.map((d) => String(d.object['kind']))
export const spcs = (r: MigrationResult): Fields[] =>
  r.output.filter((d) => d.object['kind'] === 'SecretProviderClass').map((d) => d.object)
export const params = (spc: Fields | undefined): Record<string, string> =>
  fields(fields(spc?.['spec'])['parameters']) as Record<string, string>
export const secretObjects = (spc: Fields | undefined): Fields[] =>
  list(fields(spc?.['spec'])['secretObjects']).map(fields)
export const workload = (r: MigrationResult, name = 'app'): Fields =>
  r.output.find((d) => d.source?.role === 'workload' && d.source.name === name)?.object ?? {}
export const container = (w: Fields, index = 0): Fields =>
  fields(list(fields(fields(fields(w['spec'])['template'])['spec'])['containers'])[index])
export const podSpec = (w: Fields): Fields => fields(fields(fields(w['spec'])['template'])['spec'])
export const rowsOf = (r: MigrationResult, construct: RegExp) =>
  r.rows.filter((row) => construct.test(row.construct))
