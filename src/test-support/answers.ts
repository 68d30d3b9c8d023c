import { answerCombinations } from '../domain/answers/combinations.ts'
import {
  CHOICE_KEYS,
  emptyAnswers,
  type Answers,
  type KvObject,
  type OptionId,
} from '../domain/answers/model.ts'
import { recommend } from '../domain/recommend/recommend.ts'

/** Answers for tests: a filled-in scenario to vary one field at a time. */

import { SEED } from './seeds.ts'

export { CLIENT, TENANT } from './seeds.ts'

export const obj = (name: string, fields: Partial<KvObject> = {}): KvObject => ({
  name,
  type: 'secret',
  env: '',
  file: '',
  version: '',
  vault: '',
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
  // Issue 17: a shared vault beside the app's own (one class, volume, synced Secret and store per vault).
  'two vaults': [
    obj('db-password', { env: 'DB_PASSWORD' }),
    obj('api-key', { env: 'API_KEY', vault: 'kv-shared' }),
    obj('tls', { type: 'cert', file: 'tls.crt', vault: 'kv-shared' }),
  ],
  'none yet': [],
}

export interface Combination {
  label: string
  option: OptionId
  answers: Answers
}

const setName = (objects: readonly KvObject[]): string =>
  Object.entries(OBJECT_SETS).find(([, set]) => JSON.stringify(set) === JSON.stringify(objects))?.[0] ??
  'objects'

/**
 * The enumerator's answers (answers/combinations.ts: every deciding combination, every other choice and
 * object set pairwise, each also unanswered) over the seed's names, with the option each generates and a
 * label that names them. The generator's schema, provider-rules and script walks run over these.
 */
export function allCombinations(
  sets: readonly (keyof typeof OBJECT_SETS)[] = Object.keys(OBJECT_SETS),
): Combination[] {
  const base = { ...seedAnswers(), cmd: 'python app.py --port 80' }
  const options = { unanswered: true, objects: sets.map((name) => OBJECT_SETS[name]!) }
  return answerCombinations(base, options).map((answers) => {
    const option = answers.opt ?? recommend(answers).recommended
    const choices = CHOICE_KEYS.map((key) => `${key} ${answers[key] ?? '-'}`).join(', ')
    return { label: `option ${option}, ${choices}, ${setName(answers.objects)}`, option, answers }
  })
}
