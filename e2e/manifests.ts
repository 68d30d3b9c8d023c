import { load, loadAll } from 'js-yaml'

/** The parts of the generated manifests a user relies on, as js-yaml reads them back. */
interface Doc {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    annotations?: Record<string, string>
    labels?: Record<string, string>
  }
}

export interface SecretProviderClassDoc extends Doc {
  spec: {
    provider: string
    parameters: Record<string, string>
    secretObjects?: { secretName: string; type: string; data: { objectName: string; key: string }[] }[]
  }
}

interface EnvVar {
  name: string
  value?: string
  valueFrom?: { secretKeyRef?: { name: string; key: string } }
}

interface Container {
  name: string
  image: string
  command?: string[]
  args?: string[]
  ports?: { containerPort: number }[]
  env?: EnvVar[]
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[]
}

interface Volume {
  name: string
  csi?: { driver: string; readOnly?: boolean; volumeAttributes?: Record<string, string> }
  configMap?: { name: string }
}

export interface DeploymentDoc extends Doc {
  spec: {
    template: {
      metadata: { labels?: Record<string, string> }
      spec: { serviceAccountName?: string; containers: Container[]; volumes?: Volume[] }
    }
  }
}

/** Reads a multi-document YAML stream; every document is a Kubernetes object with a kind. */
export function readManifests(text: string): Doc[] {
  const docs = loadAll(text) as Doc[]
  for (const d of docs)
    if (typeof d?.kind !== 'string') throw new Error(`not a Kubernetes object: ${JSON.stringify(d)}`)
  return docs
}

export function ofKind<T extends Doc>(docs: Doc[], kind: string): T {
  const found = docs.filter((d) => d.kind === kind)
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`)
  return found[0] as T
}

/** The Key Vault objects the provider will fetch: the `objects` parameter is YAML inside YAML. */
export function spcObjects(spc: SecretProviderClassDoc): { objectName: string; objectType: string }[] {
  const outer = load(spc.spec.parameters.objects ?? '') as { array: string[] }
  return outer.array.map((entry) => load(entry) as { objectName: string; objectType: string })
}

export function appContainer(deployment: DeploymentDoc): Container {
  const container = deployment.spec.template.spec.containers[0]
  if (!container) throw new Error('the Deployment has no container')
  return container
}

/** The CSI volume of the pod, and where the app container mounts it. */
export function csiVolume(deployment: DeploymentDoc) {
  const volume = deployment.spec.template.spec.volumes?.find((v) => v.csi !== undefined)
  const mount = appContainer(deployment).volumeMounts?.find((m) => m.name === volume?.name)
  return { volume, mount }
}
