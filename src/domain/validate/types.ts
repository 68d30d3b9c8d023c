/**
 * A problem with one answer. `key` is the permalink key it concerns (`kv`, `o[2]`), which is also how the
 * command line prefixes the line and how the wizard finds the field to put the message next to.
 */
export interface FieldIssue {
  key: string
  /** For an object row: which of its fields (`name`, `env`, `file`, `version`, `type`, `vault`). */
  field?: 'name' | 'type' | 'env' | 'file' | 'version' | 'vault'
  /** `invalid`: the value breaks a rule. `missing`: a value the chosen option needs is not given yet. */
  severity: 'invalid' | 'missing'
  /** Names the field, says what is wrong and what is allowed. */
  message: string
}
