import fc from 'fast-check'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { obj, seedAnswers } from '../../test-support/answers.ts'
import type { Answers, OptionId } from '../answers/model.ts'
import { generate } from '../generate/index.ts'
import type { Manifest } from '../generate/types.ts'
import { checkProviderRules } from './provider-rules.ts'
import { resultLine } from './result.ts'

type Loose = Record<string, unknown>

/** A generated, valid set of manifests to break one thing in. */
function manifests(answers: Partial<Answers> = {}, option: OptionId = 3): Loose[] {
  // Plain JSON copies, which a test may break in ways the manifest types would refuse.
  return JSON.parse(JSON.stringify(generate({ ...seedAnswers(), ...answers }, option).manifests))
}

const spcOf = (ms: Loose[]): Loose => ms.find((m) => m.kind === 'SecretProviderClass') as Loose
const paramsOf = (ms: Loose[]): Loose => (spcOf(ms)['spec'] as Loose)['parameters'] as Loose
const podOf = (ms: Loose[]): Loose =>
  ((ms.find((m) => m.kind === 'Deployment')?.['spec'] as Loose)['template'] as Loose)['spec'] as Loose
const csiOf = (ms: Loose[]): Loose => ((podOf(ms)['volumes'] as Loose[])[0] as Loose)['csi'] as Loose

const renameParameter = (ms: Loose[], from: string, to: string): Loose[] => {
  const params = paramsOf(ms)
  params[to] = params[from]
  delete params[from]
  return ms
}

const objectsText = (ms: Loose[], text: string): Loose[] => {
  paramsOf(ms)['objects'] = text
  return ms
}

const expectProblem = (ms: Loose[], pattern: RegExp): void => {
  expect(checkProviderRules(ms).map(resultLine)).toEqual(
    expect.arrayContaining([expect.stringMatching(pattern)]),
  )
}

describe('checkProviderRules', () => {
  it('finds nothing wrong with generated manifests', () => {
    expect(checkProviderRules(manifests())).toEqual([])
  })

  it.each([
    ['keyvaultName', 'KeyvaultName'],
    ['clientID', 'clientId'],
    ['tenantID', 'tenantid'],
    ['objects', 'Objects'],
    ['useVMManagedIdentity', 'UseVMManagedIdentity'],
  ])('flags %s spelt %s: the provider reads keys case-sensitively', (right, wrong) => {
    const ms = renameParameter(manifests({ auth: right === 'clientID' ? 'workload' : 'uami' }), right, wrong)
    expectProblem(ms, new RegExp(`parameters\\.${wrong} is not read: .*write ${right}`))
  })

  it('still accepts the deprecated tenantId spelling, which the provider reads', () => {
    expect(checkProviderRules(renameParameter(manifests(), 'tenantID', 'tenantId'))).toEqual([])
  })

  it('flags an unquoted boolean, which the API server rejects', () => {
    const ms = manifests()
    paramsOf(ms)['useVMManagedIdentity'] = true
    expectProblem(ms, /parameters\.useVMManagedIdentity must be a quoted string/)
  })

  it('flags a boolean string other than "true" or "false"', () => {
    const ms = manifests()
    paramsOf(ms)['useVMManagedIdentity'] = 'yes'
    expectProblem(ms, /useVMManagedIdentity must be "true" or "false"/)
  })

  it('flags two identity modes at once', () => {
    const ms = manifests()
    paramsOf(ms)['usePodIdentity'] = 'true'
    expectProblem(ms, /only one identity mode/)
  })

  it('flags missing required parameters', () => {
    const ms = manifests()
    delete paramsOf(ms)['keyvaultName']
    delete paramsOf(ms)['tenantID']
    delete paramsOf(ms)['objects']
    expectProblem(ms, /keyvaultName is required/)
    expectProblem(ms, /tenantID is required/)
    expectProblem(ms, /objects is required/)
  })

  it('flags a parameter the provider does not read, such as the old resourceGroup', () => {
    const ms = manifests()
    paramsOf(ms)['resourceGroup'] = 'rg'
    expectProblem(ms, /resourceGroup is not a parameter the Azure provider reads/)
  })

  describe('objects', () => {
    it('flags Array: instead of array:, which mounts no files without an error', () => {
      expectProblem(
        objectsText(manifests(), 'Array:\n  - |\n    objectName: a\n    objectType: secret\n'),
        /Array is not read/,
      )
    })

    it('flags items written as maps instead of block strings', () => {
      expectProblem(
        objectsText(manifests(), 'array:\n  - objectName: a\n    objectType: secret\n'),
        /item 1 must be a YAML string/,
      )
    })

    it('flags a list without the array key, and text that is not YAML', () => {
      expectProblem(
        objectsText(manifests(), '- |\n  objectName: a\n'),
        /must be a mapping with the key array/,
      )
      expectProblem(objectsText(manifests(), 'array: [\n'), /objects is not valid YAML/)
    })

    it('flags an empty list', () => {
      expectProblem(objectsText(manifests(), 'array: []\n'), /lists no objects/)
    })

    it('flags wrong field names, types and values in an item', () => {
      const item = 'ObjectName: a\nobjectType: Secret\nobjectAlias: ../etc/passwd\nfilePermission: rw\n'
      const ms = objectsText(manifests(), `array:\n  - |\n${item.replace(/^/gm, '    ').trimEnd()}\n`)
      expectProblem(ms, /item 1: ObjectName is not read: .*write objectName/)
      expectProblem(ms, /item 1: objectName is required/)
      expectProblem(ms, /item 1: objectType must be secret, key or cert/)
      expectProblem(ms, /item 1: objectAlias must be a relative file name/)
      expectProblem(ms, /item 1: filePermission must be octal/)
    })

    it('accepts the JSON flow form and a numeric name, as the provider does', () => {
      const ms = manifests({ objects: [obj('12345')] }, 2)
      expect(
        checkProviderRules(objectsText(ms, '{"array": ["objectName: 12345\\nobjectType: secret"]}')),
      ).toEqual([])
    })
  })

  describe('secretObjects', () => {
    it('flags a secretObject naming a file that is not mounted', () => {
      const ms = manifests({ objects: [obj('mybigsecret', { env: 'V', file: 'renamed.txt' })] })
      const so = ((spcOf(ms)['spec'] as Loose)['secretObjects'] as Loose[])[0] as Loose
      ;(so['data'] as Loose[])[0] = { objectName: 'mybigsecret', key: 'renamed.txt' }
      expectProblem(ms, /objectName "mybigsecret" names no mounted file .*: renamed\.txt/)
    })

    it('flags a missing type and an empty data list', () => {
      const ms = manifests()
      ;(spcOf(ms)['spec'] as Loose)['secretObjects'] = [{ secretName: 's', data: [] }]
      expectProblem(ms, /secretObjects\[0\]\.type is required/)
      expectProblem(ms, /secretObjects\[0\]\.data must list at least one entry/)
    })

    it('flags keys other than tls.key and tls.crt in a TLS Secret', () => {
      const ms = manifests()
      ;(spcOf(ms)['spec'] as Loose)['secretObjects'] = [
        {
          secretName: 's',
          type: 'kubernetes.io/tls',
          data: [{ objectName: 'mybigsecret', key: 'cert.pem' }],
        },
      ]
      expectProblem(ms, /must be tls\.key or tls\.crt/)
    })

    // kubernetes/kubernetes pkg/apis/core/validation/validation.go ValidateSecret: a typed Secret without its
    // keys is refused, and the driver's create fails with it.
    it.each([
      [
        'kubernetes.io/tls',
        ['tls.crt'],
        /of type kubernetes\.io\/tls needs the keys tls\.crt and tls\.key: .* without tls\.key/,
      ],
      ['kubernetes.io/tls', ['tls.key'], /without tls\.crt/],
      ['kubernetes.io/dockerconfigjson', ['config.json'], /needs the key \.dockerconfigjson/],
      ['kubernetes.io/ssh-auth', ['id_rsa'], /needs the key ssh-privatekey/],
      ['kubernetes.io/basic-auth', ['user'], /needs the keys username or password/],
    ])('flags a %s Secret synced with only %j', (type, keys, problem) => {
      const ms = manifests()
      ;(spcOf(ms)['spec'] as Loose)['secretObjects'] = [
        { secretName: 's', type, data: keys.map((key) => ({ objectName: 'mybigsecret', key })) },
      ]
      expectProblem(ms, problem)
    })

    it('accepts a basic-auth Secret with one of its keys and a TLS Secret with both', () => {
      const ms = manifests()
      ;(spcOf(ms)['spec'] as Loose)['secretObjects'] = [
        {
          secretName: 'b',
          type: 'kubernetes.io/basic-auth',
          data: [{ objectName: 'mybigsecret', key: 'password' }],
        },
        {
          secretName: 't',
          type: 'kubernetes.io/tls',
          data: [
            { objectName: 'mybigsecret', key: 'tls.key' },
            { objectName: 'mybigsecret', key: 'tls.crt' },
          ],
        },
      ]
      expect(checkProviderRules(ms).filter((p) => /needs the key/.test(p.message))).toEqual([])
    })
  })

  describe('the pod', () => {
    it('flags a CSI volume without readOnly: true', () => {
      const ms = manifests()
      delete csiOf(ms)['readOnly']
      expectProblem(ms, /Deployment default\/demo: volume secrets-store: csi\.readOnly must be true/)
    })

    it('flags a SecretProviderClass in another namespace than the pod', () => {
      const ms = manifests()
      spcOf(ms)['metadata'] = { name: 'demo-keyvault', namespace: 'other' }
      expectProblem(
        ms,
        /SecretProviderClass demo-keyvault is in namespace other, but the driver looks only in the pod's namespace default/,
      )
    })

    it('flags a volume naming no SecretProviderClass among the manifests', () => {
      const ms = manifests()
      csiOf(ms)['volumeAttributes'] = { secretProviderClass: 'typo' }
      expectProblem(ms, /no SecretProviderClass named typo in namespace default/)
    })

    it('flags workload identity without serviceAccountName', () => {
      const ms = manifests({ auth: 'workload' })
      delete podOf(ms)['serviceAccountName']
      expectProblem(ms, /serviceAccountName must be set/)
    })

    it('flags service principal mode without nodePublishSecretRef', () => {
      const ms = manifests({ auth: 'sp' })
      delete csiOf(ms)['nodePublishSecretRef']
      expectProblem(ms, /needs nodePublishSecretRef/)
    })

    it('flags pod identity without the binding label', () => {
      const ms = manifests({ auth: 'podidentity' }, 2)
      const template = (ms.find((m) => m.kind === 'Deployment')?.['spec'] as Loose)['template'] as Loose
      template['metadata'] = { labels: { app: 'demo' } }
      expectProblem(ms, /aadpodidbinding label/)
    })

    it('flags an env var from the synced Secret in a pod that does not mount the CSI volume', () => {
      const ms = manifests()
      delete podOf(ms)['volumes']
      expectProblem(
        ms,
        /env variable_from_keyvault reads Secret demo-kv-secrets, which the driver creates only while a pod mounts/,
      )
    })

    it('flags an env var reading a key the Secret does not sync', () => {
      const ms = manifests()
      const container = (podOf(ms)['containers'] as Loose[])[0] as Loose
      container['env'] = [
        { name: 'X', valueFrom: { secretKeyRef: { name: 'demo-kv-secrets', key: 'nope' } } },
      ]
      expectProblem(ms, /reads key nope of Secret demo-kv-secrets, which secretObjects does not sync/)
    })
  })

  it("flags the akv2k8s article's SecretProviderClass (shared/seeds/004): KeyvaultName is never read", () => {
    const pasted = load(`
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: azure-sync
spec:
  provider: azure
  parameters:
    usePodIdentity: "false"
    useVMManagedIdentity: "true"
    userAssignedIdentityID: ceb19a0a-941a-4f33-839d-aeace8ffe205
    KeyvaultName: mischakv01
    cloudName: ""
    objects: |
      array:
        - |
          objectName: ExampleSecret
          objectType: secret
          objectVersion: ""
        - |
          objectName: env-secret
          objectType: secret
    tenantId: d62ada1b-ca42-4fe2-b9e7-ceb843af0ad
  secretObjects:
    - data:
        - key: username
          objectName: env-secret
      secretName: foosecret
      type: Opaque
`) as Manifest
    expect(checkProviderRules([pasted])).toEqual([
      {
        subject: 'SecretProviderClass (no namespace)/azure-sync',
        message:
          'parameters.KeyvaultName is not read: parameter names are case-sensitive, write keyvaultName',
      },
      {
        subject: 'SecretProviderClass (no namespace)/azure-sync',
        message: 'parameters.keyvaultName is required',
      },
    ])
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (things) => {
        expect(Array.isArray(checkProviderRules(things as Manifest[]))).toBe(true)
      }),
    )
    const spcLike = fc.record({
      kind: fc.constant('SecretProviderClass'),
      metadata: fc.anything(),
      spec: fc.anything(),
    })
    const podLike = fc.record({
      kind: fc.constantFrom('Deployment', 'Pod', 'CronJob'),
      metadata: fc.anything(),
      spec: fc.anything(),
    })
    fc.assert(
      fc.property(fc.array(fc.oneof(spcLike, podLike)), (things) => {
        expect(Array.isArray(checkProviderRules(things as unknown as Manifest[]))).toBe(true)
      }),
    )
  })
})
