import type { Cloud } from '../answers/model.ts'

/** Key Vault's DNS suffix per cloud: the provider builds `https://<vault>.<suffix>/` the same way. */
const VAULT_DNS_SUFFIX: Record<Cloud, string> = {
  AzurePublicCloud: 'vault.azure.net',
  AzureUSGovernmentCloud: 'vault.usgovcloudapi.net',
  AzureChinaCloud: 'vault.azure.cn',
}

export const vaultUrl = (kv: string, cloud: Cloud): string => `https://${kv}.${VAULT_DNS_SUFFIX[cloud]}/`
