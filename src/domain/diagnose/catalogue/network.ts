/**
 * The road from the node to Entra ID and the vault: a private endpoint reached the public way, egress that is
 * blocked, a vault name DNS does not know. None of these is a permission: the fixes never assign a role.
 */
import { facts, q, say, sh, vaultOf } from '../fix.ts'
import type { Entry } from './entry.ts'

// The hosts a mount needs: Entra ID's token endpoint and the vault (public and sovereign clouds).
const ENTRA_HOST = /login\.(?:microsoftonline\.(?:com|us)|chinacloudapi\.cn)/
const VAULT_HOST = /[A-Za-z0-9-]{3,24}\.vault\.(?:azure\.net|usgovcloudapi\.net|azure\.cn)/
const hostOf = (text: string): string | undefined => ENTRA_HOST.exec(text)?.[0] ?? VAULT_HOST.exec(text)?.[0]

const privateEndpoint: Entry = {
  id: 'kv-private-endpoint-public-path',
  title: 'The vault takes only its private endpoint, and the request came the public way',
  weight: 77,
  // Text: Key Vault 403 "Public network access is disabled and request is not from a trusted service nor via an
  // approved private link." / "Connection is not an approved private link and caller was ignored because bypass
  // is not set to 'AzureServices' and PublicNetworkAccess is set to 'Disabled'.", inner code ForbiddenByConnection.
  // Name resolution through privatelink.vaultcore.azure.net: MicrosoftDocs/azure-docs
  // articles/key-vault/general/private-link-diagnostics.md.
  source: 'MicrosoftDocs/azure-docs articles/key-vault/general/private-link-diagnostics.md',
  needles: ['forbiddenbyconnection', 'not an approved private link', 'public network access is disabled'],
  explain: (c) => {
    const vault = vaultOf(c)
    return {
      cause: `The vault ${vault} accepts requests only through its private endpoint, but this one reached its public address: the node's DNS does not resolve ${vault}.vault.azure.net to the private endpoint (the private DNS zone privatelink.vaultcore.azure.net is not linked to the cluster's virtual network), or the cluster's network has no route (peering) to the endpoint.`,
      facts: facts(['Vault', c.facts.vault], ['Client address', c.facts.clientAddress]),
      fix: [
        say(
          'From a pod, the vault name must resolve to the private endpoint’s private IP, not a public one:',
        ),
        sh(
          `kubectl run dns-check --rm -it --restart=Never --image=busybox:1.36 -- nslookup ${q(`${vault}.vault.azure.net`)}`,
        ),
        say(
          'Link the private DNS zone to the cluster’s virtual network (and peer the networks when the endpoint is in another one):',
        ),
        sh(
          `az network private-dns link vnet list -g <dns-zone-rg> -z privatelink.vaultcore.azure.net -o table`,
          `az network private-dns link vnet create -g <dns-zone-rg> -z privatelink.vaultcore.azure.net -n ${q(`${vault}-aks`)} \\`,
          '  --virtual-network <cluster-vnet-id> --registration-enabled false',
        ),
      ],
    }
  },
}

const egressBlocked: Entry = {
  id: 'egress-blocked',
  title: 'The node cannot reach Entra ID or the vault (egress blocked)',
  weight: 96,
  // Texts: Go's net/http "context deadline exceeded (Client.Timeout exceeded while awaiting headers)" and net's
  // "dial tcp <ip>:443: i/o timeout" (golang/go src/net/http/client.go), with no HTTP status, for a request to
  // login.microsoftonline.com or <vault>.vault.azure.net. AKS egress must allow login.microsoftonline.com:443
  // (MicrosoftDocs/azure-docs articles/aks/outbound-rules-control-egress.md) and the vault's name on 443.
  source: 'MicrosoftDocs/azure-docs articles/aks/outbound-rules-control-egress.md',
  needles: [
    'context deadline exceeded',
    'i/o timeout',
    'connect: connection refused',
    'connection timed out',
  ],
  // A kubelet-to-driver deadline ("code = DeadlineExceeded desc = context deadline exceeded") names no host:
  // only a timeout on the way to Entra ID or the vault is this.
  accept: (c) => hostOf(c.line) !== undefined && !/status ?code[=: ]{1,3}[1-5]\d\d/i.test(c.line),
  explain: (c) => {
    const host = hostOf(c.line) ?? 'login.microsoftonline.com'
    return {
      cause: `The request to ${host} got no answer at all (no HTTP status): a firewall, network security group, route table or proxy on the node's way out blocks it. The mount needs login.microsoftonline.com and the vault on port 443.`,
      facts: facts(['Host', host], ['Node', c.facts.node]),
      fix: [
        say('Test from a pod on the same node pool:'),
        sh(
          `kubectl run egress-check --rm -it --restart=Never --image=curlimages/curl:8.10.1 -- curl -sS -m 10 -o /dev/null -w '%{http_code}\\n' https://login.microsoftonline.com/`,
          `kubectl run egress-check2 --rm -it --restart=Never --image=curlimages/curl:8.10.1 -- curl -sS -m 10 -o /dev/null -w '%{http_code}\\n' ${q(`https://${vaultOf(c)}.vault.azure.net/healthstatus`)}`,
        ),
        say(
          'Any HTTP code means the path is open. A timeout: allow login.microsoftonline.com:443 and the vault (or AzureKeyVault / AzureActiveDirectory service tags) in the firewall or NSG that the cluster’s outbound traffic goes through.',
        ),
      ],
    }
  },
}

const NO_SUCH_HOST = /lookup ([A-Za-z0-9.-]{1,253})(?: on [0-9a-fA-F.:[\]]{2,60})?: no such host/

const noSuchHost: Entry = {
  id: 'dns-no-such-host',
  title: 'DNS does not know the vault (or Entra ID)',
  weight: 97,
  // Text: Go's resolver "dial tcp: lookup <name> on <dns server>: no such host" (golang/go src/net/net.go
  // errNoSuchHost), for <vault>.vault.azure.net: the provider builds the URL from keyvaultName and the cloud's
  // DNS suffix (Azure/secrets-store-csi-driver-provider-azure pkg/provider/provider.go).
  source: 'golang/go src/net/net.go',
  needles: ['no such host'],
  accept: (c) => {
    const m = NO_SUCH_HOST.exec(c.line)
    return m !== null && hostOf(m[1] ?? '') !== undefined
  },
  explain: (c) => {
    const host = NO_SUCH_HOST.exec(c.line)?.[1] ?? `${vaultOf(c)}.vault.azure.net`
    const vault = /^([A-Za-z0-9-]{3,24})\.vault\./.exec(host)?.[1]
    return {
      cause: vault
        ? `No DNS record for ${host}: no vault is named "${vault}" in this cloud (keyvaultName is misspelt, or cloudName names another cloud), or the cluster's custom DNS does not forward public names.`
        : `No DNS record for ${host}: the cluster's DNS cannot resolve Entra ID's sign-in host (custom DNS that does not forward public names).`,
      facts: facts(['Host', host]),
      fix: [
        say('Check the name the way the node does, and that the vault exists under that name:'),
        sh(
          `kubectl run dns-check --rm -it --restart=Never --image=busybox:1.36 -- nslookup ${q(host)}`,
          `az keyvault list --query "[?name=='${vault ?? vaultOf(c)}'].{name:name, resourceGroup:resourceGroup}" -o table`,
        ),
        say(
          'Correct keyvaultName (and cloudName) in the SecretProviderClass; with custom DNS servers on the virtual network, forward public names to Azure DNS (168.63.129.16).',
        ),
      ],
    }
  },
}

export const NETWORK_ENTRIES: Entry[] = [privateEndpoint, egressBlocked, noSuchHost]
