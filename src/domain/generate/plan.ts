import { emptyObject, type OptionId } from '../answers/model.ts'
import { resolveObject, type Resolved, type ResolvedObject } from '../answers/resolve.ts'

/** Option 1 always authenticates with workload identity; the CSI options only when the user chose it. */
export const usesWorkloadIdentity = (option: OptionId, r: Resolved): boolean =>
  option === 1 || r.auth === 'workload'

export const usesCsiDriver = (option: OptionId): boolean => option !== 1

/**
 * The objects to write into the files. With none given yet the files still show the shape, with an
 * unmistakable placeholder name (the validator flags the missing object).
 */
export const objectsOf = (r: Resolved): ResolvedObject[] =>
  r.objects.length > 0 ? r.objects : [resolveObject(emptyObject())]

/** Objects the app reads from an environment variable, with the variable's name trimmed. */
export const envObjects = (r: Resolved): ResolvedObject[] =>
  objectsOf(r)
    .map((o) => ({ ...o, env: o.env.trim() }))
    .filter((o) => o.env !== '')

/** Option 2 turns mounted files into env vars with a start-up script when the app reads any env var. */
export const usesWrapper = (option: OptionId, r: Resolved): boolean =>
  option === 2 && envObjects(r).length > 0

/** Option 3 syncs the env var objects into a Kubernetes Secret. */
export const usesSync = (option: OptionId, r: Resolved): boolean => option === 3 && envObjects(r).length > 0
