/**
 * Values a manifest cannot be applied without. While one is missing the files hold an unmistakable
 * placeholder (angle brackets never pass the field's validator) and the field is flagged.
 */
export const PLACEHOLDER = {
  image: '<container-image>',
  kv: '<key-vault-name>',
  tenant: '<tenant-id>',
  client: '<client-id>',
  rg: '<resource-group>',
  cluster: '<aks-cluster>',
  cmd: '<start-command>',
  object: '<secret-name>',
} as const

export function isPlaceholder(value: string): boolean {
  return value.startsWith('<') && value.endsWith('>')
}
