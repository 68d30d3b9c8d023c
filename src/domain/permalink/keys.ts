import {
  AUTH_VALUES,
  CLOUD_VALUES,
  CODE_VALUES,
  COPY_VALUES,
  IDENTITY_VALUES,
  LANG_VALUES,
  OPTION_VALUES,
  READS_VALUES,
  ROTATE_VALUES,
  TEXT_KEYS,
  type ChoiceKey,
  type TextKey,
} from '../answers/model.ts'

/** The values each enumerated key accepts, as written in a link. */
export const CHOICE_VALUES: Readonly<Record<ChoiceKey, readonly string[]>> = {
  code: CODE_VALUES,
  reads: READS_VALUES,
  rotate: ROTATE_VALUES,
  copy: COPY_VALUES,
  auth: AUTH_VALUES,
  identity: IDENTITY_VALUES,
  opt: OPTION_VALUES.map(String),
  cloud: CLOUD_VALUES,
  lang: LANG_VALUES,
}

/** The order keys are written in: the spec table's order, then `cmd` (added by this app), then the objects. */
export const WRITE_ORDER: readonly (ChoiceKey | TextKey)[] = [
  'code',
  'reads',
  'rotate',
  'copy',
  'auth',
  'opt',
  'app',
  'ns',
  'image',
  'port',
  'sa',
  'kv',
  'tenant',
  'client',
  'identity',
  'cloud',
  'rg',
  'cluster',
  'mount',
  'spc',
  'lang',
  'cmd',
  'poll',
]

export const isChoiceKey = (key: string): key is ChoiceKey => Object.hasOwn(CHOICE_VALUES, key)
export const isTextKey = (key: string): key is TextKey => (TEXT_KEYS as readonly string[]).includes(key)

const KNOWN_KEYS: readonly string[] = ['v', ...WRITE_ORDER, 'o']

/** Whether this release reads the key; a link from a newer release may carry others. */
export const isKnownKey = (key: string): boolean => KNOWN_KEYS.includes(key)

export const knownKeysList = (): string => KNOWN_KEYS.join(', ')
