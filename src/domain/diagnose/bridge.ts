/**
 * The one place the diagnosis reads the project's answers from, so a refactor of src/domain/answers
 * only has to repoint these imports.
 */
import { isPlaceholder, PLACEHOLDER, TEXT_KEYS, type Answers } from '../answers/model.ts'

export { isPlaceholder }
import { resolve, secretKeyFor, syncedSecretName } from '../answers/resolve.ts'

export type { Answers }
export { PLACEHOLDER }
export { shQuote } from '../generate/shell.ts'

/** Names the fixes may use when the pasted text does not say them; undefined when not answered. */
export interface KnownNames {
  vault?: string
  tenant?: string
  client?: string
  ns?: string
  sa?: string
  spc?: string
  rg?: string
  cluster?: string
  auth?: Answers['auth']
  syncedSecret?: string
  /** Each object with the file it is mounted as and the key option 3's synced Secret holds it under. */
  objects: { name: string; type: string; fileName: string; key: string; env: string }[]
}

export interface DiagnoseContext {
  /** The current answers, when the caller has them (the page, or --answers on the command line). */
  answers?: Answers
}

const real = (value: string): string | undefined => (value === '' || isPlaceholder(value) ? undefined : value)

/** Nothing typed yet: the defaults would name things the user never chose, so no names are taken. */
const blank = (a: Answers) => a.objects.length === 0 && TEXT_KEYS.every((k) => a[k].trim() === '')

export function knownNames(context: DiagnoseContext = {}): KnownNames {
  const a = context.answers
  if (!a || blank(a)) return { objects: [] }
  const r = resolve(a)
  return {
    vault: real(r.kv),
    tenant: real(r.tenant),
    client: real(r.client),
    ns: r.ns,
    sa: r.sa,
    spc: r.spc,
    rg: real(r.rg),
    cluster: real(r.cluster),
    auth: a.auth,
    syncedSecret: syncedSecretName(r),
    objects: r.objects
      .filter((o) => !isPlaceholder(o.name))
      .map((o) => ({
        name: o.name,
        type: o.type,
        fileName: o.fileName,
        key: secretKeyFor(o.fileName),
        env: o.env,
      })),
  }
}
