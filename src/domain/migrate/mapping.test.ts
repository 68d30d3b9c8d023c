import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { checkProviderRules, type Manifest } from './shared/bridge.ts'
import { CRD_MISSING, schemaProblems } from '../../test-support/schemas.ts'
import {
  akvs,
  CLIENT,
  container,
  deployment,
  kinds,
  params,
  podSpec,
  rowsOf,
  run,
  secretObjects,
  spcs,
  TENANT,
  workload,
  type AkvsSpec,
} from './test-kit.ts'
import type { MigrationResult } from './migrate.ts'

// One test per row of the mapping table, shared/reference/akv2k8s-and-eso.md §3.1, in its order.

const objectsOf = (r: MigrationResult, i = 0): Record<string, string>[] =>
  ((load(params(spcs(r)[i])['objects'] ?? '') as { array: string[] }).array ?? []).map(
    (s) => load(s) as Record<string, string>,
  )

/** Every output object is schema-valid and passes the provider rules the project knows. */
function valid(r: MigrationResult): void {
  const manifests = r.output.map((d) => d.object as unknown as Manifest)
  expect(manifests.flatMap(schemaProblems)).toEqual([])
  expect(checkProviderRules(manifests).filter((p) => !/<tenant-id>|<client-id>/.test(p.message))).toEqual([])
}

/** The akvs and a Deployment reading its Secret's key `key`. */
const sync = (s: AkvsSpec, key = s.secret?.dataKey ?? 'tls.crt') =>
  run(
    akvs(s) +
      '---\n' +
      deployment([`{name: X, valueFrom: {secretKeyRef: {name: ${s.secret?.name ?? 'out'}, key: ${key}}}}`]),
  )
const rowFor = (r: MigrationResult) => rowsOf(r, /^AzureKeyVaultSecret/)[0]

// Every row checks its output against the SecretProviderClass CRD (valid): without it, they are skipped.
describe.skipIf(CRD_MISSING)('akv2k8s → SecretProviderClass mapping (reference §3.1)', () => {
  it('kind AzureKeyVaultSecret: one SecretProviderClass per namespace and vault, with all their objects', () => {
    const r = run([
      akvs({ name: 'a', object: 'one', secret: { name: 's1', dataKey: 'k' } }),
      akvs({ name: 'b', object: 'two', secret: { name: 's2', dataKey: 'k' } }),
      akvs({ name: 'c', vault: 'other-kv', object: 'three', secret: { name: 's3', dataKey: 'k' } }),
      akvs({ name: 'd', ns: 'prod', object: 'four', secret: { name: 's4', dataKey: 'k' } }),
    ])
    expect(
      spcs(r).map(
        (s) =>
          `${String((s['metadata'] as Record<string, string>)['namespace'])}/${params(s)['keyvaultName']}`,
      ),
    ).toEqual(['akv-test/my-kv', 'akv-test/other-kv', 'prod/my-kv'])
    expect(objectsOf(r, 0).map((o) => o['objectName'])).toEqual(['one', 'two'])
    expect(kinds(r)).not.toContain('AzureKeyVaultSecret')
    valid(r)
  })
  it('spec.vault.name → parameters.keyvaultName', () => {
    expect(
      params(spcs(sync({ vault: 'kv-prod-01', secret: { name: 'out', dataKey: 'k' } }))[0])['keyvaultName'],
    ).toBe('kv-prod-01')
  })
  it('(implicit tenant) → parameters.tenantID, from the answers; a placeholder until given', () => {
    expect(params(spcs(sync({ secret: { name: 'out', dataKey: 'k' } }))[0])['tenantID']).toBe(TENANT)
    const r = run(akvs({ secret: { name: 'out', dataKey: 'k' } }), { tenant: '' })
    expect(params(spcs(r)[0])['tenantID']).toBe('<tenant-id>')
  })
  it('controller identity → clientID (workload identity) or useVMManagedIdentity + userAssignedIdentityID', () => {
    const wi = run(akvs({ secret: { name: 'out', dataKey: 'k' } }), { auth: 'workload' })
    expect(params(spcs(wi)[0])).toMatchObject({ clientID: CLIENT })
    const uami = run(akvs({ secret: { name: 'out', dataKey: 'k' } }), { auth: 'uami' })
    expect(params(spcs(uami)[0])).toMatchObject({
      useVMManagedIdentity: 'true',
      userAssignedIdentityID: CLIENT,
    })
  })
  it('vault.azureIdentity.name → a caveat: confirm which identity really reads the vault', () => {
    const r = sync({ azureIdentity: 'legacy-mi', secret: { name: 'out', dataKey: 'k' } })
    expect(rowsOf(r, /AzureKeyVaultSecret/).find((row) => /azureIdentity/.test(row.result))).toMatchObject({
      status: 'caveat',
      todo: expect.stringMatching(/appears unused/),
    })
  })
  it('vault.object.name → objectName; an alias when the same name is needed in two forms', () => {
    const r = run([
      akvs({
        name: 'a',
        object: 'web-cert',
        type: 'certificate',
        secret: { name: 'tls', type: 'kubernetes.io/tls' },
      }),
      akvs({ name: 'b', object: 'web-cert', type: 'certificate', secret: { name: 'pub', dataKey: 'crt' } }),
    ])
    expect(objectsOf(r)).toEqual([
      { objectName: 'web-cert', objectType: 'secret' },
      { objectName: 'web-cert', objectType: 'cert', objectAlias: 'web-cert-cert' },
    ])
    expect(secretObjects(spcs(r)[0])[1]).toEqual({
      secretName: 'pub',
      type: 'Opaque',
      data: [{ objectName: 'web-cert-cert', key: 'crt' }],
    })
    valid(r)
  })
  it('vault.object.version → objectVersion', () => {
    expect(objectsOf(sync({ version: 'abc123', secret: { name: 'out', dataKey: 'k' } }))[0]).toMatchObject({
      objectVersion: 'abc123',
    })
  })
  it('object.type secret → objectType secret', () => {
    const r = sync({ secret: { name: 'out', dataKey: 'k' } })
    expect(objectsOf(r)).toEqual([{ objectName: 'my-secret', objectType: 'secret' }])
    expect(rowFor(r)?.status).toBe('converted')
  })
  it('object.type certificate + kubernetes.io/tls → objectType secret, keys tls.key and tls.crt from the same file', () => {
    const r = sync({
      type: 'certificate',
      object: 'cert',
      secret: { name: 'out', type: 'kubernetes.io/tls' },
    })
    expect(objectsOf(r)).toEqual([{ objectName: 'cert', objectType: 'secret' }])
    expect(secretObjects(spcs(r)[0])).toEqual([
      {
        secretName: 'out',
        type: 'kubernetes.io/tls',
        data: [
          { objectName: 'cert', key: 'tls.key' },
          { objectName: 'cert', key: 'tls.crt' },
        ],
      },
    ])
    expect(rowFor(r)?.status).toBe('converted')
    valid(r)
  })
  it('object.type certificate, public cert only → objectType cert, caveat: no chain', () => {
    const r = sync({ type: 'certificate', secret: { name: 'out', dataKey: 'pem' } })
    expect(objectsOf(r)[0]).toMatchObject({ objectType: 'cert' })
    expect(rowFor(r)).toMatchObject({ status: 'caveat', result: expect.stringMatching(/without the chain/) })
  })
  it('object.type certificate + type exactly Opaque → objectFormat pfx, objectEncoding base64, caveat', () => {
    const r = sync({ type: 'certificate', secret: { name: 'out', type: 'Opaque', dataKey: 'pfx' } })
    expect(objectsOf(r)[0]).toEqual({
      objectName: 'my-secret',
      objectType: 'secret',
      objectFormat: 'pfx',
      objectEncoding: 'base64',
    })
    expect(rowFor(r)?.status).toBe('caveat')
    valid(r)
  })
  it('object.type key → objectType key, caveat: the format changes', () => {
    const r = sync({ type: 'key', secret: { name: 'out', dataKey: 'signing-key' } })
    expect(objectsOf(r)[0]).toMatchObject({ objectType: 'key' })
    expect(rowFor(r)).toMatchObject({ status: 'caveat', result: expect.stringMatching(/RSA modulus/) })
  })
  it('object.type multi-key-value-secret → not convertible, with an ExternalSecret (dataFrom.extract)', () => {
    const r = sync({
      type: 'multi-key-value-secret',
      contentType: 'application/x-json',
      secret: { name: 'db-config' },
    })
    const row = rowFor(r)
    expect(row).toMatchObject({
      status: 'not-convertible',
      todo: expect.stringMatching(/one Key Vault secret per key/),
    })
    expect(row?.alternative?.[0]).toMatchObject({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      spec: { target: { name: 'db-config' }, dataFrom: [{ extract: { key: 'my-secret' } }] },
    })
    expect(spcs(r)).toEqual([])
  })
  it('output.secret.name → secretObjects[].secretName; dataKey → data[].key', () => {
    expect(secretObjects(spcs(sync({ secret: { name: 'app-db', dataKey: 'password' } }))[0])).toEqual([
      { secretName: 'app-db', type: 'Opaque', data: [{ objectName: 'my-secret', key: 'password' }] },
    ])
  })
  it('output.secret.type empty → type Opaque, always written (the driver refuses an empty type)', () => {
    expect(secretObjects(spcs(sync({ secret: { name: 'out', dataKey: 'k' } }))[0])[0]?.['type']).toBe(
      'Opaque',
    )
  })
  it('kubernetes.io/tls on a secret holding a base64 PFX → objectEncoding base64 + tls keys, caveat', () => {
    const r = sync({ type: 'secret', secret: { name: 'out', type: 'kubernetes.io/tls' } })
    expect(objectsOf(r)[0]).toMatchObject({ objectType: 'secret', objectEncoding: 'base64' })
    expect(secretObjects(spcs(r)[0])[0]).toMatchObject({ type: 'kubernetes.io/tls' })
    expect(rowFor(r)?.status).toBe('caveat')
  })
  it('kubernetes.io/basic-auth (user:pass split) → not convertible: two Key Vault secrets', () => {
    const r = sync({ secret: { name: 'out', type: 'kubernetes.io/basic-auth' } })
    expect(rowFor(r)).toMatchObject({
      status: 'not-convertible',
      todo: expect.stringMatching(/two Key Vault secrets/),
    })
  })
  it.each([
    // akv2k8s controller/secret_handler.go copies a docker config verbatim, as the driver does.
    ['kubernetes.io/dockerconfigjson', '.dockerconfigjson', 'converted'],
    ['kubernetes.io/dockercfg', '.dockercfg', 'converted'],
    ['kubernetes.io/ssh-auth', 'ssh-privatekey', 'converted'],
  ])('%s → same type, key %s', (type, key, status) => {
    const r = sync({ secret: { name: 'out', type } })
    expect(secretObjects(spcs(r)[0])[0]).toEqual({
      secretName: 'out',
      type,
      data: [{ objectName: 'my-secret', key }],
    })
    expect(rowFor(r)?.status).toBe(status)
  })
  it('output.secret.chainOrder ensureserverfirst → a note: the provider orders the chain already', () => {
    expect(
      rowFor(
        sync({
          type: 'certificate',
          secret: { name: 'out', type: 'kubernetes.io/tls', chainOrder: 'ensureserverfirst' },
        }),
      )?.result,
    ).toMatch(/construct-pem-chain/)
  })
  it('transform base64decode → objectEncoding base64', () => {
    expect(
      objectsOf(sync({ transform: ['base64decode'], secret: { name: 'out', dataKey: 'k' } }))[0],
    ).toMatchObject({ objectEncoding: 'base64' })
  })
  it.each([['base64encode'], ['trim'], ['base64decode, trim']])('transform %s → not convertible', (t) => {
    const r = sync({ transform: t.split(', '), secret: { name: 'out', dataKey: 'k' } })
    expect(rowFor(r)).toMatchObject({
      status: 'not-convertible',
      todo: expect.stringMatching(/has no equivalent in the CSI driver/),
    })
  })
  it('output.configMap → not convertible (the driver syncs Secrets only)', () => {
    const r = run(akvs({ configMap: { name: 'cm' } }))
    expect(rowFor(r)).toMatchObject({
      status: 'not-convertible',
      result: expect.stringMatching(/syncs Secrets only/),
    })
  })
  it('several akvs → the same Secret: one secretObjects entry with several data items', () => {
    const r = run([
      akvs({ name: 'a', object: 'one', secret: { name: 'shared', dataKey: 'k1' } }),
      akvs({ name: 'b', object: 'two', secret: { name: 'shared', dataKey: 'k2' } }),
    ])
    expect(secretObjects(spcs(r)[0])).toEqual([
      {
        secretName: 'shared',
        type: 'Opaque',
        data: [
          { objectName: 'one', key: 'k1' },
          { objectName: 'two', key: 'k2' },
        ],
      },
    ])
  })
  it('a Secret no pod reads, or an Ingress needs → caveat: it exists only while a pod mounts; ESO instead', () => {
    const ingress =
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web, namespace: akv-test}\nspec:\n  tls: [{secretName: web-tls}]\n'
    const r = run([
      akvs({ type: 'certificate', object: 'web', secret: { name: 'web-tls', type: 'kubernetes.io/tls' } }),
      ingress,
    ])
    const row = rowsOf(r, /^Secret akv-test\/web-tls/)[0]
    expect(row).toMatchObject({
      status: 'caveat',
      result: expect.stringMatching(/Ingress web needs Secret web-tls/),
    })
    expect(row?.alternative?.[0]).toMatchObject({
      kind: 'ExternalSecret',
      spec: { target: { template: { type: 'kubernetes.io/tls' } } },
    })
  })
  it('controller resync 30 s → a note to enable rotation', () => {
    expect(rowsOf(sync({ secret: { name: 'out', dataKey: 'k' } }), /refresh/)[0]?.todo).toMatch(
      /enableSecretRotation=true/,
    )
  })
  it('env X: name@azurekeyvault → secretKeyRef + secretObjects + CSI volume + mount on that container (copy allowed)', () => {
    const r = run(
      [
        akvs({ name: 'db' }),
        deployment(['{name: DB_PASSWORD, value: db@azurekeyvault}', '{name: PLAIN, value: x}']),
      ],
      { copy: 'ok' },
    )
    const w = workload(r)
    expect(container(w)['env']).toEqual([
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'my-kv-secrets-env', key: 'my-secret' } } },
      { name: 'PLAIN', value: 'x' },
    ])
    expect(container(w)['volumeMounts']).toEqual([
      { name: 'secrets-store', mountPath: '/mnt/secrets-store', readOnly: true },
    ])
    expect(secretObjects(spcs(r)[0])).toEqual([
      {
        secretName: 'my-kv-secrets-env',
        type: 'Opaque',
        data: [{ objectName: 'my-secret', key: 'my-secret' }],
      },
    ])
    expect(rowsOf(r, /^env DB_PASSWORD/)[0]?.result).toMatch(/now lives in a Kubernetes Secret/)
    valid(r)
  })
  // akv2k8s Makefile build-vaultenv (CGO_ENABLED=0) and webhook pod.go: a static binary copied in by an init
  // container, so an image without a shell worked; the wrapper is a shell script.
  it('the start-up wrapper needs /bin/sh in the image: a caveat per wrapped container, none with a copy', () => {
    const yaml = [akvs({ name: 'db' }), deployment(['{name: DB_PASSWORD, value: db@azurekeyvault}'])]
    expect(rowsOf(run(yaml, { copy: 'no' }), /^container main of Deployment app/)).toEqual([
      expect.objectContaining({
        status: 'caveat',
        result: expect.stringMatching(
          /runs \/bin\/sh from the app's image, where akv2k8s injected a static binary.*distroless/,
        ),
      }),
    ])
    expect(rowsOf(run(yaml, { copy: 'ok' }), /^container main/)).toEqual([])
  })
  it('env injection without a copy allowed → the mounted file read by the start-up wrapper, no Secret', () => {
    const r = run([akvs({ name: 'db' }), deployment(['{name: DB_PASSWORD, value: db@azurekeyvault}'])], {
      copy: 'no',
    })
    expect(r.option).toBe(2)
    const w = workload(r)
    expect(container(w)['command']).toEqual(['/bin/sh', '/opt/env-from-files/env-from-files.sh'])
    expect(container(w)['args']).toEqual(['/app/server', '--port', '8080'])
    expect(container(w)['env']).toBeUndefined()
    expect(secretObjects(spcs(r)[0])).toEqual([])
    const script = r.output.find((d) => d.object['kind'] === 'ConfigMap')?.object
    expect(JSON.stringify(script)).toContain("'DB_PASSWORD='")
    expect(JSON.stringify(script)).toContain('/mnt/secrets-store/my-secret')
    valid(r)
  })
  // akv2k8s cmd/azure-keyvault-env/secret_handler.go: the private key only for ?tls.key, else the server
  // certificate alone; Kubernetes ValidateSecret: a kubernetes.io/tls Secret needs tls.crt and tls.key.
  it.each([[''], ['?tls.crt'], ['?anything']])(
    '…%s on a certificate → objectType cert synced to an Opaque key: no private key, no TLS Secret missing tls.key',
    (q) => {
      const r = run([
        akvs({ name: 'cert', type: 'certificate', object: 'web' }),
        deployment([`{name: V, value: "cert@azurekeyvault${q}"}`]),
      ])
      expect(objectsOf(r)).toEqual([{ objectName: 'web', objectType: 'cert' }])
      expect(container(workload(r))['env']).toEqual([
        { name: 'V', valueFrom: { secretKeyRef: { name: 'my-kv-secrets-env', key: 'web' } } },
      ])
      expect(secretObjects(spcs(r)[0])).toEqual([
        { secretName: 'my-kv-secrets-env', type: 'Opaque', data: [{ objectName: 'web', key: 'web' }] },
      ])
      expect(rowsOf(r, /^env V/)[0]?.status).toBe('converted')
      valid(r)
    },
  )
  it('…?tls.key alone → a kubernetes.io/tls Secret with both keys, the variable reads tls.key', () => {
    const r = run([
      akvs({ name: 'cert', type: 'certificate', object: 'web' }),
      deployment(['{name: KEY, value: "cert@azurekeyvault?tls.key"}']),
    ])
    expect(container(workload(r))['env']).toEqual([
      { name: 'KEY', valueFrom: { secretKeyRef: { name: 'cert-tls', key: 'tls.key' } } },
    ])
    expect(secretObjects(spcs(r)[0])).toEqual([
      {
        secretName: 'cert-tls',
        type: 'kubernetes.io/tls',
        data: [
          { objectName: 'web', key: 'tls.key' },
          { objectName: 'web', key: 'tls.crt' },
        ],
      },
    ])
    valid(r)
  })
  it('…?tls.key and ?tls.crt both → one kubernetes.io/tls Secret, one variable per key', () => {
    const r = run([
      akvs({ name: 'cert', type: 'certificate', object: 'web' }),
      deployment([
        '{name: CRT, value: "cert@azurekeyvault?tls.crt"}',
        '{name: KEY, value: "cert@azurekeyvault?tls.key"}',
      ]),
    ])
    expect(objectsOf(r)).toEqual([{ objectName: 'web', objectType: 'secret' }])
    expect(container(workload(r))['env']).toEqual([
      { name: 'CRT', valueFrom: { secretKeyRef: { name: 'cert-tls', key: 'tls.crt' } } },
      { name: 'KEY', valueFrom: { secretKeyRef: { name: 'cert-tls', key: 'tls.key' } } },
    ])
    expect(secretObjects(spcs(r)[0])).toHaveLength(1)
    expect(rowsOf(r, /^env CRT/)[0]?.result).toMatch(/followed by the chain/)
    valid(r)
  })
  it('…?tls.key without a copy allowed → the mounted file: PKCS#8 and the chain, where akv2k8s gave PKCS#1 or EC', () => {
    const r = run(
      [
        akvs({ name: 'cert', type: 'certificate' }),
        deployment(['{name: KEY, value: "cert@azurekeyvault?tls.key"}']),
      ],
      { copy: 'no' },
    )
    expect(objectsOf(r)).toEqual([{ objectName: 'my-secret', objectType: 'secret' }])
    expect(rowsOf(r, /^env KEY/)[0]).toMatchObject({
      status: 'caveat',
      result: expect.stringMatching(/PKCS#8 .*followed by the certificate chain.*PKCS#1 .* or EC/),
    })
  })
  it.each([['username'], ['password']])('…?%s → not convertible (the driver cannot split)', (q) => {
    const r = run([akvs({ name: 'basic' }), deployment([`{name: V, value: "basic@azurekeyvault?${q}"}`])])
    expect(rowsOf(r, /^env V/)[0]?.status).toBe('not-convertible')
    expect(container(workload(r))['env']).toEqual([{ name: 'V', value: `basic@azurekeyvault?${q}` }])
  })
  it('…?<key> on a multi-key-value secret → not convertible', () => {
    const r = run([
      akvs({ name: 'cfg', type: 'multi-key-value-secret', contentType: 'application/x-json' }),
      deployment(['{name: V, value: "cfg@azurekeyvault?host"}']),
    ])
    expect(rowsOf(r, /^env V/)[0]).toMatchObject({
      status: 'not-convertible',
      todo: expect.stringMatching(/one Key Vault secret per key/),
    })
  })
  it('…?raw on a certificate → objectType cert, caveat: PEM, not DER', () => {
    const r = run([
      akvs({ name: 'c', type: 'certificate' }),
      deployment(['{name: V, value: "c@azurekeyvault?raw"}']),
    ])
    expect(objectsOf(r)[0]).toMatchObject({ objectType: 'cert' })
    expect(rowsOf(r, /^env V/)[0]).toMatchObject({ status: 'caveat', result: expect.stringMatching(/DER/) })
  })
  it('namespace label azure-key-vault-env-injection → removed in the clean-up, after the switch', () => {
    const ns =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: akv-test, labels: {azure-key-vault-env-injection: enabled}}\n'
    const r = run([ns, akvs({ name: 'db' }), deployment(['{name: V, value: db@azurekeyvault}'])])
    const label = r.cleanup.findIndex((s) =>
      /kubectl label namespace akv-test azure-key-vault-env-injection-/.test(s),
    )
    const rollout = r.cleanup.findIndex((s) => /rollout status deployment\/app -n akv-test/.test(s))
    const remove = r.cleanup.findIndex((s) => /kubectl delete akvs db -n akv-test/.test(s))
    expect(rollout).toBeGreaterThan(0)
    expect(remove).toBeGreaterThan(rollout)
    expect(label).toBeGreaterThan(remove)
  })
  it('webhook mutation → none: a pod read back after mutation is flagged, the patch adds no init container', () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: akv-test}\nspec:\n  initContainers: [{name: copy-azurekeyvault-env, image: spvest/azure-keyvault-env}]\n  containers: [{name: c, image: i, env: [{name: V, value: db@azurekeyvault}]}]\n'
    const r = run([akvs({ name: 'db' }), pod])
    expect(rowsOf(r, /^Pod akv-test\/p/).find((row) => row.status === 'caveat')).toMatchObject({
      status: 'caveat',
      todo: expect.stringMatching(/not a pod read back/),
    })
  })
  it('controller akvs are deleted with --cascade=orphan so the Secret they own stays for running pods', () => {
    expect(sync({ secret: { name: 'out', dataKey: 'k' } }).cleanup.join('\n')).toMatch(
      /kubectl delete akvs my-akvs -n akv-test --cascade=orphan/,
    )
  })
  it('the CSI volume goes wherever a synced Secret is consumed: env, envFrom and Secret volumes', () => {
    const extra = `          envFrom: [{secretRef: {name: out}}]\n`
    const r = run([akvs({ secret: { name: 'out', dataKey: 'k' } }), deployment([], extra)])
    expect(podSpec(workload(r))['volumes']).toEqual([
      {
        name: 'secrets-store',
        csi: {
          driver: 'secrets-store.csi.k8s.io',
          readOnly: true,
          volumeAttributes: { secretProviderClass: 'my-kv-secrets' },
        },
      },
    ])
    expect(rowsOf(r, /^Secret /)).toEqual([])
    valid(r)
  })
})

describe.skipIf(CRD_MISSING)('where the env values are', () => {
  it('a CronJob init container reading from two vaults: two SPCs, two volumes, both mounted on it', () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, namespace: akv-test}
spec:
  schedule: "0 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: migrate-db
              image: tool
              command: [/migrate]
              env: [{name: A, value: a@azurekeyvault}, {name: B, value: b@azurekeyvault}]
          containers: [{name: job, image: tool}]
`
    const r = run([akvs({ name: 'a', vault: 'kv-one' }), akvs({ name: 'b', vault: 'kv-two' }), cron])
    expect(spcs(r).map((s) => params(s)['keyvaultName'])).toEqual(['kv-one', 'kv-two'])
    const pod = (
      (
        (
          (workload(r, 'nightly')['spec'] as Record<string, unknown>)['jobTemplate'] as Record<
            string,
            unknown
          >
        )['spec'] as Record<string, unknown>
      )['template'] as Record<string, Record<string, unknown[]>>
    )['spec']
    expect((pod?.['volumes'] ?? []).map((v) => (v as Record<string, unknown>)['name'])).toEqual([
      'secrets-store',
      'secrets-store-kv-two',
    ])
    const init = (pod?.['initContainers'] ?? [])[0] as Record<string, unknown>
    expect(init['volumeMounts']).toEqual([
      { name: 'secrets-store', mountPath: '/mnt/secrets-store', readOnly: true },
      { name: 'secrets-store-kv-two', mountPath: '/mnt/secrets-store-kv-two', readOnly: true },
    ])
    expect(init['env']).toEqual([
      { name: 'A', valueFrom: { secretKeyRef: { name: 'kv-one-secrets-env', key: 'my-secret' } } },
      { name: 'B', valueFrom: { secretKeyRef: { name: 'kv-two-secrets-env', key: 'my-secret' } } },
    ])
    expect((pod?.['containers'] ?? [])[0]).toEqual({ name: 'job', image: 'tool' })
    valid(r)
  })
  it('an env value naming an akvs that is not among the inputs: not convertible, left as is', () => {
    const r = run(deployment(['{name: V, value: missing@azurekeyvault}']))
    expect(rowsOf(r, /^env V/)[0]).toMatchObject({
      status: 'not-convertible',
      todo: 'import the AzureKeyVaultSecret missing too',
    })
    expect(container(workload(r))['env']).toEqual([{ name: 'V', value: 'missing@azurekeyvault' }])
  })
})

describe('every akvs object type × output type × env queries gives Secrets Kubernetes accepts', () => {
  const types = ['secret', 'certificate', 'key']
  const outputs = [
    undefined,
    '',
    'Opaque',
    'kubernetes.io/tls',
    'kubernetes.io/dockerconfigjson',
    'kubernetes.io/ssh-auth',
  ]
  const queries = [
    [],
    [''],
    ['tls.crt'],
    ['tls.key'],
    ['tls.crt', 'tls.key'],
    ['raw', 'tls.key'],
    ['', 'tls.key'],
  ]
  const cases = types.flatMap((type) =>
    outputs.flatMap((output) =>
      queries.flatMap((qs) => (['ok', 'no'] as const).map((copy) => ({ type, output, qs, copy }))),
    ),
  )
  it.each(cases)('$type, output $output, queries $qs, copy=$copy', ({ type, output, qs, copy }) => {
    const env = qs.map((q, i) => `{name: V${i}, value: "a@azurekeyvault${q ? `?${q}` : ''}"}`)
    const secret = output === undefined ? undefined : { name: 'out', type: output, dataKey: 'k' }
    // The key akv2k8s's controller writes (controller/secret_handler.go): fixed by the secret type for a
    // secret, tls.crt for a TLS certificate, else dataKey.
    const fixed: Record<string, string> = {
      'kubernetes.io/tls': 'tls.crt',
      'kubernetes.io/dockerconfigjson': '.dockerconfigjson',
      'kubernetes.io/ssh-auth': 'ssh-privatekey',
    }
    const typed = type === 'secret' || (type === 'certificate' && output === 'kubernetes.io/tls')
    const key = typed ? (fixed[output ?? ''] ?? 'k') : 'k'
    const reader = secret ? [`{name: R, valueFrom: {secretKeyRef: {name: out, key: ${key}}}}`] : []
    const r = run(
      [akvs({ name: 'a', type, ...(secret ? { secret } : {}) }), deployment([...env, ...reader])],
      {
        copy,
      },
    )
    valid(r)
  })
})
