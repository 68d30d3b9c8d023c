import { emptyObject, type OptionId } from './model.ts'
import { resolveObject, type Resolved, type ResolvedObject } from './resolve.ts'

// What the files of an option need from the answers: one definition for the generators, the validator
// and the wizard, so the form never asks for a value the files do not use, or the other way round.

/** Option 1 always authenticates with workload identity; the CSI options only when the user chose it. */
export const usesWorkloadIdentity = (option: OptionId, r: Resolved): boolean =>
  option === 1 || r.auth === 'workload'

/**
 * The user must give a client ID: an existing workload identity's (a new one is created by the script, which
 * writes its client ID into the files itself), the nodes' user-assigned identity's, the service principal's
 * (the script reads the app by it and adds a credential to it), or the AzureIdentity's that aad-pod-identity
 * binds (the script grants that identity read access).
 */
export const needsClientId = (option: OptionId, r: Resolved): boolean =>
  (usesWorkloadIdentity(option, r) && r.identity === 'existing') ||
  (option !== 1 && (r.auth === 'uami' || r.auth === 'sp' || r.auth === 'podidentity'))

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
