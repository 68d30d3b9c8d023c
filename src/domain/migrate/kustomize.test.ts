import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { applyJsonPatch, jsonPatch } from './json-patch.ts'
import { kustomizeOverlay } from './kustomize.ts'
import { migrate, type MigrationResult } from './migrate.ts'
import { readInputs } from './read.ts'
import { chartStream } from '../../test-support/chart-stream.ts'
import { complete } from './test-kit.ts'
import type { Answers } from './shared/bridge.ts'

const KUBECTL = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find(existsSync)

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8')
const SECRET =
  'apiVersion: v1\nkind: Secret\nmetadata: {name: pasted, namespace: akv-test}\nstringData: {password: do-not-echo}\n'

const POD_AND_CRON = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers: [{name: web, image: web, command: [/web], env: [{name: DB_PASSWORD, value: x}]}]
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: web}
spec:
  schedule: "0 1 * * *"
  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: web, image: web, command: [/web], env: [{name: DB_PASSWORD, value: x}]}]}}}}
`

/** Objects as kubectl would compare them: parsed the same way, sorted by kind, namespace and name. */
function objects(stream: string): unknown[] {
  const id = (o: Record<string, Record<string, string>>) =>
    `${String(o['kind'])}/${o['metadata']?.['namespace'] ?? ''}/${o['metadata']?.['name'] ?? ''}`
  return parseAllDocuments(stream, { version: '1.1' })
    .map((d) => d.toJS() as Record<string, Record<string, string>>)
    .filter((o) => o !== null)
    .sort((a, b) => id(a).localeCompare(id(b)))
}

function build(
  inputs: Record<string, string>,
  answers: Partial<Answers>,
): { result: MigrationResult; built: string } {
  const dir = mkdtempSync(join(tmpdir(), 'akv-kustomize-'))
  for (const [name, text] of Object.entries(inputs)) writeFileSync(join(dir, name), text)
  const input = readInputs(Object.entries(inputs).map(([name, text]) => ({ name, text })))
  expect(input.errors).toEqual([])
  const result = migrate(input, complete(answers))
  const overlay = join(dir, 'overlay')
  for (const file of kustomizeOverlay(
    result,
    Object.keys(inputs).map((n) => `../${n}`),
  )) {
    mkdirSync(dirname(join(overlay, file.path)), { recursive: true })
    writeFileSync(join(overlay, file.path), file.content)
  }
  const run = spawnSync(
    KUBECTL ?? 'kubectl',
    ['kustomize', '--load-restrictor=LoadRestrictionsNone', overlay],
    { encoding: 'utf8' },
  )
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return { result, built: run.stdout }
}

describe.skipIf(KUBECTL === undefined)(
  `the Kustomize overlay, built by the real kubectl kustomize${KUBECTL ? '' : ' (skipped: no kubectl at /usr/bin/kubectl)'}`,
  () => {
    it.each([
      [
        'akv2k8s env injection + sync + a pasted Secret, copy allowed',
        {
          'a.yaml': fixture('akv2k8s/env-injection.yaml'),
          'b.yaml': fixture('akv2k8s/secret-sync.yaml'),
          'c.yaml': SECRET,
        },
        { copy: 'ok' as const },
      ],
      [
        'akv2k8s env injection through the wrapper',
        { 'a.yaml': fixture('akv2k8s/env-injection.yaml') },
        { copy: 'no' as const },
      ],
      [
        'a rendered controller chart with option 3',
        { 'chart.yaml': chartStream() },
        {
          code: 'no' as const,
          reads: 'env' as const,
          kv: 'shop-kv',
          objects: [
            {
              name: 'db-password',
              type: 'secret' as const,
              env: 'DB_PASSWORD',
              file: '',
              version: '',
              vault: '',
            },
          ],
        },
      ],
      [
        'a Pod and a CronJob without namespace, option 2 with the wrapper',
        { 'w.yaml': POD_AND_CRON },
        {
          app: 'web',
          code: 'no' as const,
          reads: 'env' as const,
          copy: 'no' as const,
          kv: 'shop-kv',
          objects: [
            {
              name: 'db-password',
              type: 'secret' as const,
              env: 'DB_PASSWORD',
              file: '',
              version: '',
              vault: '',
            },
          ],
        },
      ],
    ])('%s: the overlay applied to the input gives the patched objects', (_, inputs, answers) => {
      const { result, built } = build(inputs, answers)
      expect(objects(built)).toEqual(objects(result.yaml))
      expect(built).not.toContain('do-not-echo')
    })
  },
)

describe('jsonPatch', () => {
  it('gives operations that turn the one document into the other', () => {
    const before = { a: [1, { b: 2 }], c: { d: 'x', 'e/f': 1 }, g: [1] }
    const after = { a: [1, { b: 3 }], c: { 'e/f': 2, h: true }, g: [1, 2, 3] }
    const ops = jsonPatch(before, after)
    expect(ops).toEqual([
      { op: 'replace', path: '/a/1/b', value: 3 },
      { op: 'remove', path: '/c/d' },
      { op: 'replace', path: '/c/e~1f', value: 2 },
      { op: 'add', path: '/c/h', value: true },
      { op: 'add', path: '/g/-', value: 2 },
      { op: 'add', path: '/g/-', value: 3 },
    ])
    expect(applyJsonPatch(before, ops)).toEqual(after)
  })
})
