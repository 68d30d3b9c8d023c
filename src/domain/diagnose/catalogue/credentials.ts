/**
 * Credentials that stopped working: a service principal's expired secret, and aad-pod-identity's NMI finding
 * no identity for the pod. Neither is a permission: the fixes never assign a role.
 */
import { PLACEHOLDER } from '../bridge.ts'
import { GUID } from '../facts.ts'
import { facts, nameOr, q, say, sh } from '../fix.ts'
import type { Entry } from './entry.ts'

const EXPIRED_APP = new RegExp(`client secret keys for app '(${GUID})' are expired`)

const secretExpired: Entry = {
  id: 'sp-secret-expired',
  title: "The service principal's client secret has expired (AADSTS7000222)",
  weight: 87,
  // Text: Entra ID "AADSTS7000222: The provided client secret keys for app '<id>' are expired. Visit the Azure
  // portal to create new keys for your app", error InvalidClientSecretExpiredKeysProvided
  // (MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md). Passwords are added with
  // `az ad app credential reset --append` and removed with `az ad app credential delete --key-id`
  // (Azure/azure-cli command_modules/role/custom.py _reset_credential, _delete_credential).
  source: 'MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md',
  needles: ['aadsts7000222'],
  explain: (c) => {
    const app = nameOr(PLACEHOLDER.client, EXPIRED_APP.exec(c.window)?.[1], c.names.client)
    const ns = nameOr('<namespace>', c.facts.podNamespace, c.names.ns)
    return {
      cause: `The client secret in the nodePublishSecretRef Secret is a password of app ${app} that has expired, so Entra ID refuses every token request (passwords made by az expire after one year unless told otherwise).`,
      facts: facts(['App (client) ID', EXPIRED_APP.exec(c.window)?.[1]]),
      fix: [
        say('Add a new password (keeping the others), put it in the Secret, then delete the expired one:'),
        sh(
          `az ad app credential list --id ${q(app)} --query "[].{keyId:keyId, name:displayName, expires:endDateTime}" -o table`,
          `NEW="$(az ad app credential reset --id ${q(app)} --append --years 1 --display-name 'akv renewed' --query password -o tsv)"`,
          `printf '%s' "$NEW" | kubectl create secret generic <secret-name> -n ${q(ns)} --from-literal clientid=${q(app)} \\`,
          '  --from-file clientsecret=/dev/stdin --dry-run=client -o yaml | kubectl apply -f -',
          `az ad app credential delete --id ${q(app)} --key-id <expired-key-id>`,
        ),
        say('A workload identity has no secret to expire: the lasting fix is moving to it.'),
      ],
    }
  },
}

const nmiNotFound: Entry = {
  id: 'pod-identity-nmi-404',
  title: 'aad-pod-identity found no identity for the pod (NMI 404)',
  weight: 85,
  // Text: provider pkg/auth/auth.go (pod identity mode) "nmi response failed with status code: %d", as the
  // provider's troubleshooting page shows it: "failed to get key vault token: nmi response failed with status
  // code: 404" (Azure/secrets-store-csi-driver-provider-azure website/content/en/troubleshooting); NMI answers
  // 404 when no AzureIdentityBinding's selector matches the pod's aadpodidbinding label or MIC has not
  // assigned the identity ("getting assigned identities for pod ... failed").
  source: 'Azure/secrets-store-csi-driver-provider-azure pkg/auth/auth.go',
  needles: ['nmi response failed with status code: 404'],
  explain: (c) => {
    const ns = nameOr('<namespace>', c.facts.podNamespace, c.names.ns)
    const pod = nameOr('<pod>', c.facts.podName)
    return {
      cause:
        "aad-pod-identity's NMI has no identity for this pod: no AzureIdentityBinding's selector equals the pod's aadpodidbinding label, the binding is in another namespace, or MIC has not (yet) assigned the AzureIdentity to the node.",
      facts: facts(['Pod', c.facts.podName], ['Namespace', c.facts.podNamespace]),
      fix: [
        say('Compare the pod’s label with the bindings’ selectors, then read what MIC and NMI say:'),
        sh(
          `kubectl get pod ${q(pod)} -n ${q(ns)} -o jsonpath='{.metadata.labels.aadpodidbinding}{"\\n"}'`,
          "kubectl get azureidentitybindings -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,SELECTOR:.spec.selector,IDENTITY:.spec.azureIdentity'",
          'kubectl logs -n kube-system -l app.kubernetes.io/component=mic --tail=100',
          'kubectl logs -n kube-system -l app.kubernetes.io/component=nmi --tail=100',
        ),
        say(
          'aad-pod-identity is deprecated and archived: rather than fix the binding, move the app to workload identity.',
        ),
      ],
    }
  },
}

export const CREDENTIAL_ENTRIES: Entry[] = [secretExpired, nmiNotFound]
