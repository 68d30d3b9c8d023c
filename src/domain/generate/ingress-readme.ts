import type { Plan } from '../plan/plan.ts'
import { APPLY_SCRIPT } from './iac/names.ts'
import { certificateUri, ingressName, SERVICE_PORT, targetPortOf, tlsSecretName } from './ingress.ts'

/**
 * The README's section on certificates for an Ingress only: what the application routing add-on does with
 * them, the az commands the script runs for it (learn.microsoft.com/azure/aks/app-routing-dns-ssl), and the
 * Gateway API's equivalent (learn.microsoft.com/azure/aks/app-routing-gateway-api-dns-tls). Empty without
 * such a certificate, so every other README stays byte for byte.
 */
export function ingressReadme(plan: Plan, scriptName: string | undefined): string[] {
  const { r, ingressObjects } = plan
  if (ingressObjects.length === 0) return []
  const iac = r.iac !== 'cli' && scriptName === APPLY_SCRIPT
  return [
    '## Ingress certificates (application routing add-on)',
    '',
    ...ingressObjects.map(
      (o) =>
        `- \`${o.name}\`: \`ingress-${ingressName(plan, o)}.yaml\` (IngressClass \`webapprouting.kubernetes.azure.com\`) ` +
        `names it in \`kubernetes.azure.com/tls-cert-keyvault-uri: ${certificateUri(plan, o)}\` (no version, so a ` +
        `new version is picked up); the add-on makes the TLS Secret \`${tlsSecretName(plan, o)}\` its \`tls\` names ` +
        `and keeps it current. ${o.host === '' ? 'No host name was given: it serves every host; set `rules[0].host` and `tls[0].hosts` to the name the certificate is for.' : `Host: \`${o.host}\`.`}`,
    ),
    '',
    'No pod mounts these certificates and no Secret of the app depends on a pod running. ' +
      (plan.objects.length === 0
        ? 'No other object is left for the app: its pod reads nothing from Key Vault, so it has no CSI volume, ' +
          'no SecretProviderClass and no Azure identity at all. '
        : '') +
      `Each Ingress routes to the Service \`${r.app}\` (port ${SERVICE_PORT}, to container port ${targetPortOf(plan)}).`,
    '',
    `${scriptName === undefined ? 'The Azure side' : `\`${scriptName}\``} does this with az, checking each first (the add-on and its access are read before any change):`,
    '',
    `1. \`az aks approuting enable -g ${r.rg} -n ${r.cluster}\`, when the add-on is off.`,
    `2. \`az aks approuting update -g ${r.rg} -n ${r.cluster} --enable-kv --attach-kv <vault resource id>\`: turns on the ` +
      'Key Vault secrets provider add-on it reads through, and gives its identity "Key Vault Secrets User" on the ' +
      'whole vault (RBAC) or get on secrets and certificates (access policies).',
    iac
      ? '3. Secret rotation must be on for the Key Vault add-on, the only way the add-on re-reads a certificate: the ' +
        'cluster settings at the end of the files in `azure/` turn it on.'
      : '3. Turns secret rotation on for the Key Vault add-on when it is off: the add-on re-reads a certificate only then.',
    '',
    ...(iac
      ? [
          `The ${r.iac === 'terraform' ? 'Terraform' : 'Bicep'} in \`azure/\` does not do it: the cluster is read, never changed, ` +
            "and azurerm's cluster data source exports no application routing identity; `apply.sh` runs the az steps above.",
          '',
        ]
      : []),
    'With the Gateway API instead of an Ingress, the application routing `approuting-istio` GatewayClass takes the same ' +
      'certificate URI as the listener TLS option `kubernetes.azure.com/tls-cert-keyvault-uri`, with ' +
      '`kubernetes.azure.com/tls-cert-service-account` naming a ServiceAccount federated with an identity that holds ' +
      '"Key Vault Secrets User" (learn.microsoft.com/azure/aks/app-routing-gateway-api-dns-tls).',
    '',
  ]
}
