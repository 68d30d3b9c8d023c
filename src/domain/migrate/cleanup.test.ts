import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stillInjectedCommand } from './akv2k8s/cleanup.ts'
import { migrate } from './migrate.ts'
import { readInputs } from './read.ts'
import { akvs, complete, deployment, run } from './test-kit.ts'

const read = (texts: string[]) => readInputs(texts.map((text, i) => ({ name: `in${i}.yaml`, text })))

const NS_LABELLED =
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: akv-test, labels: {azure-key-vault-env-injection: enabled}}\n'
const at = (steps: string[], pattern: RegExp): number => steps.findIndex((s) => pattern.test(s))

describe('the akv2k8s clean-up', () => {
  // Issue 14 point 2. akv2k8s cmd/azure-keyvault-controller/controller/configmap.go createNewConfigMap sets
  // an ownerReference to the AzureKeyVaultSecret: deleting the akvs garbage-collects the ConfigMap.
  it.each([
    ['an akvs whose output is only a ConfigMap', { configMap: { name: 'app-config' } }],
    [
      'an akvs writing a Secret and a ConfigMap',
      { secret: { name: 'out', dataKey: 'k' }, configMap: { name: 'app-config' } },
    ],
  ])('keeps %s (deleting it deletes the ConfigMap), or orphans it, and keeps akv2k8s', (_, spec) => {
    const r = run([akvs({ name: 'cfg', ...spec }), deployment(['{name: V, value: x}'])])
    const steps = r.cleanup
    expect(steps.filter((s) => /kubectl delete akvs cfg -n akv-test(?! --cascade=orphan)/.test(s))).toEqual(
      [],
    )
    expect(steps.filter((s) => /^Delete /.test(s) && /\bcfg\b/.test(s))).toEqual([])
    const keep = steps.find((s) => s.startsWith('Keep AzureKeyVaultSecret akv-test/cfg'))
    expect(keep).toMatch(/ConfigMap app-config/)
    expect(keep).toMatch(/deleting it deletes the ConfigMap/)
    expect(keep).toMatch(
      /kubectl delete akvs cfg -n akv-test --cascade=orphan\): the ConfigMap then stays but no longer follows Key Vault/,
    )
    expect(steps.at(-1)).toMatch(/^Keep akv2k8s installed while .*cfg/)
  })

  it('keeps an akvs that an env value left not convertible still reads, and the namespace label with it', () => {
    const r = run([
      NS_LABELLED,
      akvs({ name: 'basic' }),
      akvs({ name: 'db', object: 'db-password' }),
      deployment([
        '{name: USER, value: "basic@azurekeyvault?username"}',
        '{name: DB, value: db@azurekeyvault}',
      ]),
    ])
    expect(r.cleanup.find((s) => s.startsWith('Keep AzureKeyVaultSecret akv-test/basic'))).toMatch(
      /still read it through akv2k8s/,
    )
    expect(r.cleanup.join('\n')).toMatch(/kubectl delete akvs db -n akv-test\b/)
    expect(r.cleanup.join('\n')).not.toMatch(/kubectl delete akvs basic/)
    expect(r.cleanup.join('\n')).not.toMatch(
      /kubectl label namespace akv-test azure-key-vault-env-injection-/,
    )
  })

  // Issue 14 point 4: workloads outside the inputs may still use @azurekeyvault in the namespace.
  it('lists the workloads still using env injection before any akvs goes or the label is removed', () => {
    const r = run([NS_LABELLED, akvs({ name: 'db' }), deployment(['{name: V, value: db@azurekeyvault}'])])
    const check = at(r.cleanup, /make sure no other workload still uses its env injection/)
    expect(r.cleanup[check]).toContain(stillInjectedCommand('akv-test'))
    expect(r.cleanup[check]).toMatch(/it must print nothing, else stop here/)
    expect(check).toBeGreaterThan(at(r.cleanup, /rollout status deployment\/app -n akv-test/))
    expect(check).toBeLessThan(at(r.cleanup, /kubectl delete akvs db -n akv-test/))
    expect(check).toBeLessThan(
      at(r.cleanup, /kubectl label namespace akv-test azure-key-vault-env-injection-/),
    )
  })

  it('checks each namespace it removes akv2k8s from, once', () => {
    const r = run([
      akvs({ name: 'a', ns: 'one', secret: { name: 's', dataKey: 'k' } }),
      akvs({ name: 'b', ns: 'one', secret: { name: 't', dataKey: 'k' } }),
      akvs({ name: 'c', ns: 'two', secret: { name: 's', dataKey: 'k' } }),
    ])
    const checks = r.cleanup.filter((s) => /make sure no other workload/.test(s))
    expect(checks.map((s) => /from namespace (\S+),/.exec(s)?.[1])).toEqual(['one', 'two'])
  })

  it.runIf(existsSync('/usr/bin/kubectl'))(
    "the listing's template names exactly the objects whose env (init containers and CronJobs too) still holds @azurekeyvault",
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'akv-still-'))
      const file = join(dir, 'objects.yaml')
      writeFileSync(
        file,
        [
          deployment(['{name: V, value: db@azurekeyvault}'], '', 'old'),
          deployment(['{name: V, valueFrom: {secretKeyRef: {name: s, key: k}}}'], '', 'migrated'),
          'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly, namespace: akv-test}\nspec:\n  schedule: "0 1 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          initContainers: [{name: i, image: x, env: [{name: K, value: "cert@azurekeyvault?tls.key"}]}]\n          containers: [{name: c, image: x}]\n',
        ].join('---\n'),
      )
      // The cluster's List is one object per item here: kubectl label --local prints each with the template
      // the range applies to each item.
      const command = stillInjectedCommand('akv-test')
      const template = /-o jsonpath='\{range \.items\[\*\]\}(.*)\{end\}'/.exec(command)?.[1] ?? ''
      expect(template).not.toBe('')
      const out = spawnSync(
        '/usr/bin/kubectl',
        ['label', '--local', '-f', file, 'check=1', '-o', `jsonpath=${template}`],
        { encoding: 'utf8' },
      )
      expect(out.status).toBe(0)
      const listed = out.stdout.split('\n').filter((l) => l.includes('@azurekeyvault'))
      expect(listed.map((l) => l.split(' ')[0])).toEqual(['Deployment/old', 'CronJob/nightly'])
    },
  )
})

describe('the clean-up’s apply step names the file the user has the patched stream in', () => {
  const files = [akvs({ name: 'db' }), deployment(['{name: DB, value: db@azurekeyvault}'])]
  const apply = (steps: string[]) => steps.find((s) => s.startsWith('Apply the SecretProviderClasses'))
  it('the command line’s standard output by default, the page’s download patched.yaml when asked', () => {
    expect(apply(run(files).cleanup)).toMatch(/kubectl apply -f <stdout file>$/)
    expect(apply(migrate(read(files), complete(), { streamName: 'patched.yaml' }).cleanup)).toMatch(
      /kubectl apply -f patched\.yaml$/,
    )
  })
})
