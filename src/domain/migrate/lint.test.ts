import { describe, expect, it } from 'vitest'
import { answersFromInput } from './answers-from-input.ts'
import { lintInputs } from './lint.ts'
import { readInputs } from './read.ts'
import { migrate } from './migrate.ts'
import { CLIENT, complete, TENANT } from './test-kit.ts'

interface SpcParts {
  ns?: string
  params?: string
  objects?: string
  secretObjects?: string
}

const GOOD_OBJECTS =
  '        array:\n          - |\n            objectName: db-password\n            objectType: secret'
const GOOD_PARAMS = `    keyvaultName: shop-kv\n    tenantID: ${TENANT}\n    clientID: ${CLIENT}\n    usePodIdentity: "false"`
const GOOD_SYNC =
  '    - secretName: db\n      type: Opaque\n      data: [{objectName: db-password, key: password}]'

function spc(p: SpcParts = {}): string {
  return `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata: {name: shop, namespace: ${p.ns ?? 'shop'}}
spec:
  provider: azure
  parameters:
${p.params ?? GOOD_PARAMS}
    objects: |
${p.objects ?? GOOD_OBJECTS}
  secretObjects:
${p.secretObjects ?? GOOD_SYNC}
`
}

function pod(mounts = true, ns = 'shop'): string {
  return `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: ${ns}}
spec:
  serviceAccountName: web
  containers:
    - name: web
      image: web
      env: [{name: DB, valueFrom: {secretKeyRef: {name: db, key: password}}}]
${mounts ? '      volumeMounts: [{name: kv, mountPath: /mnt/kv, readOnly: true}]\n  volumes: [{name: kv, csi: {driver: secrets-store.csi.k8s.io, readOnly: true, volumeAttributes: {secretProviderClass: shop}}}]\n' : ''}`
}

const lint = (...texts: string[]) => {
  const input = readInputs(texts.map((text, i) => ({ name: `f${i}.yaml`, text })))
  expect(input.errors).toEqual([])
  return lintInputs(input.docs)
}
const messages = (...texts: string[]) => lint(...texts).map((f) => f.message)

describe('lint of imported SecretProviderClasses and their workloads', () => {
  it('finds nothing in a correct SecretProviderClass and a pod that mounts it', () => {
    expect(lint(spc(), `---\n${pod()}`)).toEqual([])
  })
  it.each([
    ['KeyvaultName', 'keyvaultName'],
    ['clientId', 'clientID'],
  ])('a wrong-case parameter name, %s, with the right spelling %s', (wrong, right) => {
    const ms = messages(spc({ params: GOOD_PARAMS.replace(new RegExp(`\\b${right}\\b`), wrong) }))
    expect(ms).toContain(
      `parameters.${wrong} is not read: parameter names are case-sensitive, write ${right}`,
    )
  })
  it('Array: instead of array:', () => {
    expect(messages(spc({ objects: GOOD_OBJECTS.replace('array:', 'Array:') }))).toContainEqual(
      expect.stringMatching(/objects: Array is not read, write array/),
    )
  })
  it('objectType in the wrong case names both spellings', () => {
    expect(
      messages(spc({ objects: GOOD_OBJECTS.replace('objectType: secret', 'objectType: Secret') })),
    ).toContainEqual(
      expect.stringMatching(
        /objectType must be secret, key or cert \(lower case\), not "Secret": write secret/,
      ),
    )
  })
  it('a missing tenant', () => {
    expect(messages(spc({ params: GOOD_PARAMS.replace(/ {4}tenantID.*\n/, '') }))).toContain(
      'parameters.tenantID is required',
    )
  })
  it('secretObjects without type', () => {
    expect(messages(spc({ secretObjects: GOOD_SYNC.replace('      type: Opaque\n', '') }))).toContain(
      'secretObjects[0].type is required, e.g. Opaque',
    )
  })
  it('secretObjects naming a file that is not mounted', () => {
    expect(
      messages(
        spc({ secretObjects: GOOD_SYNC.replace('objectName: db-password', 'objectName: db_password') }),
      ),
    ).toContainEqual(expect.stringMatching(/objectName "db_password" names no mounted file .*: db-password/))
  })
  it('an unquoted boolean, with the quoted form to write', () => {
    expect(
      messages(spc({ params: GOOD_PARAMS.replace('usePodIdentity: "false"', 'usePodIdentity: false') })),
    ).toContainEqual(
      expect.stringMatching(
        /parameters\.usePodIdentity must be a quoted string.*write usePodIdentity: "false"/,
      ),
    )
  })
  it('a SecretProviderClass in another namespace than the pod', () => {
    const findings = lint(spc({ ns: 'other' }), `---\n${pod()}`)
    expect(findings).toContainEqual({
      at: { file: 'f1.yaml', document: 1, line: 2 },
      subject: 'Pod shop/web',
      message: expect.stringMatching(
        /SecretProviderClass shop is in namespace other, but the driver looks only in the pod's namespace shop/,
      ),
    })
  })
  it('a synced Secret read by a pod that does not mount the volume', () => {
    expect(messages(spc(), `---\n${pod(false)}`)).toContainEqual(
      expect.stringMatching(
        /reads Secret db, which the driver creates only while a pod mounts the CSI volume of SecretProviderClass shop: mount it in this pod/,
      ),
    )
  })
  it('places each finding at its document', () => {
    const [finding] = lint(
      `# leading comment\n${spc({ params: GOOD_PARAMS.replace('keyvaultName', 'KeyvaultName') })}`,
    )
    expect(finding).toMatchObject({
      at: { file: 'f0.yaml', document: 1, line: 2 },
      subject: 'SecretProviderClass shop/shop',
    })
  })
})

describe('the lint and the answers read `objects` with one reader', () => {
  const item = (fields: string) => `          - |\n${fields.replace(/^/gm, '            ')}`
  const objects = [
    '        array:',
    item('objectName: db-password\nobjectType: secret'),
    // Not YAML: the provider refuses this item; the others still say which objects the app reads.
    item('objectName: [unclosed\nobjectType: secret'),
    item('objectName: 12345\nobjectType: key'),
    '          - objectName: as-a-map',
  ].join('\n')
  const input = readInputs([{ name: 'in.yaml', text: spc({ objects }) }])

  it('lint names each item it cannot read', () => {
    const found = lintInputs(input.docs).map((f) => f.message)
    expect(found).toContainEqual(
      expect.stringMatching(/^parameters\.objects item 2 is not a mapping of object fields: /),
    )
    expect(found).toContainEqual(expect.stringMatching(/^parameters\.objects item 4 must be a YAML string/))
    expect(found.filter((m) => /item [13]\b/.test(m))).toEqual([])
  })

  it('the answers take the items lint found readable, a numeric name as the provider reads it', () => {
    expect(answersFromInput(input).objects?.map((o) => `${o.type} ${o.name}`)).toEqual([
      'secret db-password',
      'key 12345',
    ])
  })
})

describe('one label for one object', () => {
  it('names an object without a namespace alike in the lint and in the report', () => {
    const noNs = (yaml: string) => yaml.replace(', namespace: shop}', '}')
    const readOnlyMissing = pod().replace('csi.k8s.io, readOnly: true', 'csi.k8s.io')
    const input = readInputs([{ name: 'in.yaml', text: `${noNs(spc())}---\n${noNs(readOnlyMissing)}` }])
    const r = migrate(input, complete({ app: 'web' }))
    const label = 'Pod (no namespace)/web'
    expect(r.rows.filter((row) => row.at?.document === 2).map((row) => row.construct)).toEqual([label])
    expect(r.lint.map((f) => f.subject)).toEqual([label])
  })

  it('names a workload that is not the app with its namespace, as every other row does', () => {
    const r = migrate(readInputs([{ name: 'in.yaml', text: pod() }]), complete({ app: 'other' }))
    expect(r.rows.map((row) => row.construct)).toContain('Pod shop/web')
  })
})

describe('the answers an import gives', () => {
  it('are worked out once per read input: migrate reuses what the page asked for', () => {
    const input = readInputs([{ name: 'in.yaml', text: `${spc()}---\n${pod()}` }])
    const fromInput = answersFromInput(input)
    expect(answersFromInput(input)).toBe(fromInput)
    const r = migrate(input, complete())
    expect(r.answers.objects).toBe(fromInput.objects)
    expect(r.answers.kv).toBe('shop-kv')
  })
})
