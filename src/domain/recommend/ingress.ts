import type { Resolved } from '../answers/resolve.ts'

/** The app routing add-on's page on Key Vault certificates for an Ingress: every reason below rests on it. */
export const APP_ROUTING_DOCS = 'learn.microsoft.com/azure/aks/app-routing-dns-ssl'

const names = (r: Resolved): string =>
  r.ingressObjects.map((o) => `“${o.name}”`).join(r.ingressObjects.length === 2 ? ' and ' : ', ')

/**
 * Why a certificate for an Ingress only is not mounted: the AKS application routing add-on makes its TLS
 * Secret from Key Vault and rotates it, with no pod in the way; a hand-written `secretObjects` TLS sync
 * exists only while some pod mounts the volume. Empty without such a certificate.
 */
export function ingressReasons(r: Resolved): string[] {
  if (r.ingressObjects.length === 0) return []
  const one = r.ingressObjects.length === 1
  const reason =
    `${one ? 'Certificate' : 'Certificates'} ${names(r)} ${one ? 'is' : 'are'} for an Ingress only: the AKS ` +
    `application routing add-on reads ${one ? 'it' : 'them'} from Key Vault and makes and rotates the TLS ` +
    `Secret of ${one ? 'its Ingress' : 'each Ingress'} itself (${APP_ROUTING_DOCS}), so no pod mounts ` +
    `${one ? 'it' : 'them'} and no Secret depends on a pod running.`
  const podless =
    r.objects.length === 0
      ? [
          'No other object is left for the app: its pod reads nothing from Key Vault, so it needs no CSI ' +
            'volume, no SecretProviderClass and no Azure identity at all.',
        ]
      : []
  return [reason, ...podless]
}
