import type { Resolved } from '../answers/resolve.ts'
import { ANNOTATION, appLabels } from '../k8s/names.ts'
import type { Manifest } from './types.ts'

/**
 * The identity the pod runs as. Its name and namespace form the federated credential's subject
 * (`system:serviceaccount:NS:SA`). The annotations tell the workload identity webhook which identity to
 * inject into the pod for the Azure SDK; the CSI driver itself takes `clientID` from the SecretProviderClass.
 */
export function serviceAccount(r: Resolved): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: r.sa,
      namespace: r.ns,
      labels: appLabels(r),
      annotations: {
        [ANNOTATION.clientId]: r.client,
        [ANNOTATION.tenantId]: r.tenant,
      },
    },
  }
}
