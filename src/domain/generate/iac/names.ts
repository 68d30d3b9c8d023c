/** File names of the IaC folder that the README, the page and apply.sh share (no renderer code: first screen). */
export const APPLY_SCRIPT = 'apply.sh'
export const IAC_DIR = 'azure'
export type IacFormat = 'terraform' | 'bicep'
export const IAC_FORMAT_NAME: Record<IacFormat, string> = { terraform: 'Terraform', bicep: 'Bicep' }
