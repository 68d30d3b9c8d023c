import type { Resolved } from '../answers/resolve.ts'

/**
 * Why a certificate for an Ingress only is not mounted: the AKS application routing add-on makes its TLS
 * Secret from Key Vault and rotates it, with no pod in the way, where a hand-written `secretObjects` TLS sync
 * exists only while some pod mounts the volume. Empty without such a certificate.
 */
export function ingressReasons(r: Resolved): string[] {
  if (r.ingressObjects.length === 0) return []
  const names = r.ingressObjects.map((o) => `“${o.name}”`).join(', ')
  return [
    `For an Ingress only: ${names}. The AKS application routing add-on makes and rotates each TLS Secret ` +
      'from Key Vault itself (learn.microsoft.com/azure/aks/app-routing-dns-ssl), so no pod mounts them.',
    ...(r.objects.length === 0
      ? ['No other object is left for the app: its pod needs no CSI volume, class or Azure identity at all.']
      : []),
  ]
}
