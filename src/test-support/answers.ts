import {
  AUTH_VALUES,
  CLOUD_VALUES,
  emptyAnswers,
  OPTION_VALUES,
  ROTATE_VALUES,
  type Answers,
  type Auth,
  type Cloud,
  type KvObject,
  type OptionId,
  type Rotate,
} from '../domain/answers/model.ts'

/** Answers for tests: a filled-in scenario to vary one field at a time. */

import { SEED } from './seeds.ts'

export { CLIENT, TENANT } from './seeds.ts'

export const obj = (name: string, fields: Partial<KvObject> = {}): KvObject => ({
  name,
  type: 'secret',
  env: '',
  file: '',
  version: '',
  ...fields,
})

/** The seed article's scenario (shared/seeds/000): a Python app that reads one secret from an env var. */
export function seedAnswers(): Answers {
  return {
    ...emptyAnswers(),
    code: 'no',
    reads: 'env',
    rotate: 'none',
    copy: 'ok',
    auth: 'uami',
    app: SEED.app,
    ns: 'default',
    image: SEED.image,
    port: SEED.port,
    kv: SEED.kv,
    tenant: SEED.tenant,
    client: SEED.client,
    rg: SEED.rg,
    cluster: SEED.cluster,
    objects: [obj(SEED.secret, { env: SEED.env })],
  }
}

/** Object lists that exercise every branch: files only, env vars, aliases, pinned versions, certs and keys. */
export const OBJECT_SETS: Record<string, KvObject[]> = {
  'one file': [obj('db-password')],
  'env vars': [obj('db-password', { env: 'DB_PASSWORD' }), obj('api-key', { env: 'API_KEY' }), obj('plain')],
  'alias and version': [
    obj('db-password', {
      env: 'DB_PASSWORD',
      file: 'db/password.txt',
      version: '0123456789abcdef0123456789abcdef',
    }),
    obj('other', { file: 'other.txt' }),
  ],
  'cert and key': [
    obj('tls-cert', { type: 'cert', file: 'tls.crt' }),
    obj('tls-cert', { type: 'secret', env: 'TLS_BUNDLE', file: 'tls.pem' }),
    obj('signing-key', { type: 'key', version: 'abc123' }),
  ],
  'none yet': [],
}

export interface Combination {
  label: string
  option: OptionId
  answers: Answers
}

/** Every option × identity × rotation × cloud × object set. */
export function allCombinations(): Combination[] {
  const combos: Combination[] = []
  for (const option of OPTION_VALUES)
    for (const auth of AUTH_VALUES)
      for (const rotate of ROTATE_VALUES)
        for (const cloud of CLOUD_VALUES)
          for (const [set, objects] of Object.entries(OBJECT_SETS)) {
            combos.push({
              label: `option ${option}, ${auth}, rotate ${rotate}, ${cloud}, ${set}`,
              option,
              answers: withChoices(option, auth, rotate, cloud, objects),
            })
          }
  return combos
}

function withChoices(
  option: OptionId,
  auth: Auth,
  rotate: Rotate,
  cloud: Cloud,
  objects: KvObject[],
): Answers {
  return { ...seedAnswers(), opt: option, auth, rotate, cloud, objects, cmd: 'python app.py --port 80' }
}
