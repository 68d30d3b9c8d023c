import type { IngressObject } from '../answers/resolve.ts'
import { appLabels } from '../k8s/names.ts'
import type { IIngress, IService } from '../k8s/types.ts'
import type { Plan } from '../plan/plan.ts'
import { vaultUrl } from './cloud.ts'

/**
 * A certificate only an Ingress uses is served by the AKS application routing add-on's Key Vault
 * integration (learn.microsoft.com/azure/aks/app-routing-dns-ssl, "Create the Ingress that uses a host name
 * and a certificate from Azure Key Vault"): the Ingress of its class names the certificate in an annotation,
 * and the add-on makes the `kubernetes.io/tls` Secret `keyvault-<Ingress name>` and keeps it current. No pod
 * mounts the certificate, and no `secretObjects` sync depends on a pod running.
 */

/**
 * The AKS application routing add-on (learn.microsoft.com/azure/aks/app-routing-dns-ssl): its nginx
 * IngressClass, the Ingress annotation that names a Key Vault certificate, and the name of the TLS Secret
 * it makes from it, which the Ingress's `tls` must name: `keyvault-` and the Ingress's name.
 */
export const APP_ROUTING = {
  ingressClass: 'webapprouting.kubernetes.azure.com',
  certificateAnnotation: 'kubernetes.azure.com/tls-cert-keyvault-uri',
  tlsSecretPrefix: 'keyvault-',
} as const
/** The port the app's Service listens on; it forwards to the container's port (80 when none is given). */
export const SERVICE_PORT = 80
export const targetPortOf = (plan: Plan): number => plan.r.port ?? SERVICE_PORT

/** Kubernetes names are lowercase and end with a letter or digit; a Key Vault name may have neither. */
export const ingressName = (plan: Plan, o: IngressObject): string =>
  `${plan.r.app}-${o.name.toLowerCase().replace(/-+$/, '')}`

export const tlsSecretName = (plan: Plan, o: IngressObject): string =>
  `${APP_ROUTING.tlsSecretPrefix}${ingressName(plan, o)}`

/**
 * The certificate's URI without a version, so the add-on follows each new version (the docs: "The
 * Certificate Version at the end of the URI string should be omitted in order to get the current version").
 */
export const certificateUri = (plan: Plan, o: IngressObject): string =>
  `${vaultUrl(plan.r.kv, plan.r.cloud)}certificates/${o.name}`

/** The app's Service, which every Ingress routes to. */
export function appService(plan: Plan): IService & { metadata: { name: string } } {
  const { r } = plan
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: r.app, namespace: r.ns, labels: appLabels(r) },
    spec: {
      selector: appLabels(r),
      ports: [{ name: 'http', port: SERVICE_PORT, targetPort: targetPortOf(plan) }],
    },
  }
}

/** The Ingress of one certificate. */
export function ingressFor(plan: Plan, o: IngressObject): IIngress & { metadata: { name: string } } {
  const { r } = plan
  const host = o.host === '' ? undefined : o.host
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: ingressName(plan, o),
      namespace: r.ns,
      labels: appLabels(r),
      annotations: { [APP_ROUTING.certificateAnnotation]: certificateUri(plan, o) },
    },
    spec: {
      ingressClassName: APP_ROUTING.ingressClass,
      rules: [
        {
          host,
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: r.app, port: { number: SERVICE_PORT } } },
              },
            ],
          },
        },
      ],
      // Without hosts, the TLS entry applies to the wildcard host (Kubernetes IngressTLS.hosts).
      tls: [{ hosts: host === undefined ? undefined : [host], secretName: tlsSecretName(plan, o) }],
    },
  }
}

/**
 * The outputs table's rows of the Ingresses: one per certificate, at most `MAX_INGRESS_CERTIFICATES` (the
 * validator's limit), each a row of its own so that each is a file and a document of the stream.
 */
export const ingressAt = (plan: Plan, index: number): IngressObject | undefined => plan.ingressObjects[index]
