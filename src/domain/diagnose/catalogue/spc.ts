/**
 * What the driver and the provider read from the SecretProviderClass: its name and namespace, its parameters,
 * and the objects parameter. Texts from kubernetes-sigs/secrets-store-csi-driver pkg/secrets-store/utils.go and
 * Azure/secrets-store-csi-driver-provider-azure pkg/provider/provider.go, pkg/provider/validate.go.
 */
import { PLACEHOLDER } from '../bridge.ts'
import { facts, nameOr, q, say, sh, yaml } from '../fix.ts'
import type { Entry } from './entry.ts'

const SPC_NOT_FOUND = /failed to get secretproviderclass ([a-z0-9-]{1,63})\/([a-z0-9.-]{1,253})/

const spcNotFound: Entry = {
  id: 'spc-not-found',
  title: 'The SecretProviderClass is not in the pod namespace',
  weight: 95,
  // Text: driver pkg/secrets-store/utils.go getSecretProviderItem "failed to get secretproviderclass %s/%s, error: %w"
  // with the API's `SecretProviderClass.secrets-store.csi.x-k8s.io "NAME" not found`
  // (https://github.com/kubernetes-sigs/secrets-store-csi-driver/issues/811).
  source: 'kubernetes-sigs/secrets-store-csi-driver pkg/secrets-store/utils.go',
  needles: ['failed to get secretproviderclass'],
  accept: (c) => c.window.includes('not found'),
  explain: (c) => {
    const m = SPC_NOT_FOUND.exec(c.window)
    const ns = nameOr('<namespace>', m?.[1], c.names.ns)
    const name = nameOr('<secret-provider-class>', m?.[2], c.facts.spc, c.names.spc)
    return {
      cause: `The pod's volume asks for SecretProviderClass "${name}" in namespace ${ns}, and there is none: the name differs, or it was created in another namespace (the driver looks only in the pod's).`,
      facts: facts(['Namespace', m?.[1]], ['SecretProviderClass', m?.[2]]),
      fix: [
        sh('kubectl get secretproviderclass -A', `kubectl get secretproviderclass -n ${q(ns)}`),
        say(`Create it in ${ns} (metadata.namespace: ${ns}), or make the volume name the one that exists:`),
        yaml(
          'volumes:',
          '  - name: secrets-store',
          '    csi:',
          '      driver: secrets-store.csi.k8s.io',
          '      readOnly: true',
          '      volumeAttributes:',
          `        secretProviderClass: ${name}`,
        ),
      ],
    }
  },
}

const PARAMS: Record<string, string> = {
  'keyvaultname is not provided': 'keyvaultName',
  'tenantid is not provided': 'tenantID',
  'objects is not set': 'objects',
}

const parameterMissing: Entry = {
  id: 'spc-parameter-case',
  title: 'A SecretProviderClass parameter is missing or spelt with the wrong case',
  weight: 90,
  // Texts: provider pkg/provider/provider.go GetSecretsStoreObjectContent "keyvaultName is not provided",
  // "tenantId is not provided", "objects is not set"; keys are read case-sensitively (pkg/provider/types/types.go).
  source: 'Azure/secrets-store-csi-driver-provider-azure pkg/provider/provider.go',
  needles: Object.keys(PARAMS),
  explain: (c) => {
    const lower = c.line.toLowerCase()
    const key = Object.entries(PARAMS).find(([needle]) => lower.includes(needle))?.[1] ?? 'keyvaultName'
    const value =
      key === 'keyvaultName'
        ? nameOr(PLACEHOLDER.kv, c.names.vault)
        : key === 'tenantID'
          ? nameOr(PLACEHOLDER.tenant, c.names.tenant)
          : '|\n      array:\n        - |\n          objectName: <secret-name>\n          objectType: secret'
    return {
      cause: `The provider found no "${key}" parameter: it reads parameter names case-sensitively, so KeyvaultName, keyVaultName, TenantId or Objects count as missing.`,
      facts: facts(['Parameter', key]),
      fix: [
        say(
          'Spell the key exactly like this in spec.parameters (tenantId is also accepted, as the deprecated form):',
        ),
        yaml(
          'spec:',
          '  provider: azure',
          '  parameters:',
          `    ${key}: ${key === 'objects' ? value : `"${value}"`}`,
        ),
      ],
    }
  },
}

const OBJECT_NEEDLES = [
  'failed to yaml unmarshal objects',
  'unmarshal failed for keyvaultobjects at index',
  'invalid vaultobjecttypes. should be secret, key, or cert',
  'file name must not be empty',
]

const objectsMalformed: Entry = {
  id: 'spc-objects-malformed',
  title: 'The objects parameter is not in the form the provider reads',
  weight: 88,
  // Texts: provider pkg/provider/provider.go ("failed to yaml unmarshal objects", "unmarshal failed for
  // keyVaultObjects at index %d", "Invalid vaultObjectTypes. Should be secret, key, or cert") and
  // pkg/provider/validate.go validateFileName ("file name must not be empty": no objectName read, e.g. ObjectName).
  source: 'Azure/secrets-store-csi-driver-provider-azure pkg/provider/provider.go',
  needles: OBJECT_NEEDLES,
  explain: (c) => {
    const lower = c.line.toLowerCase()
    const badType = lower.includes('invalid vaultobjecttypes')
    const noName = lower.includes('file name must not be empty')
    return {
      cause: badType
        ? `An object's objectType is not exactly secret, key or cert (lower case)${c.facts.objectName ? `: see "${c.facts.objectName}"` : ''}.`
        : noName
          ? 'An object has no objectName the provider can read: the keys of each object are case-sensitive (objectName, not ObjectName).'
          : 'The objects parameter is not a YAML "array:" of block strings, one per object.',
      facts: facts(['Object', c.facts.objectName], ['Object type', c.facts.objectType]),
      fix: [
        say(
          'The provider reads exactly this shape: a key "array", each item a block string ("- |") holding one object:',
        ),
        yaml(
          'objects: |',
          '  array:',
          '    - |',
          `      objectName: ${nameOr(PLACEHOLDER.object, c.facts.objectName, c.names.objects[0]?.name)}`,
          `      objectType: ${c.names.objects[0]?.type ?? 'secret'}`,
        ),
      ],
    }
  },
}

export const SPC_ENTRIES: Entry[] = [spcNotFound, parameterMissing, objectsMalformed]
