import { WRAPPER_DIR } from '../k8s/names.ts'
import type { Plan } from '../plan/plan.ts'
import { quote } from '../answers/field-rules/quote.ts'

/** `/a//b/` and `/a/b` are the same directory to the kubelet. */
const normalize = (path: string): string => path.replace(/\/+/g, '/').replace(/(.)\/$/, '$1')

const within = (path: string, dir: string): boolean => path === dir || path.startsWith(`${dir}/`)

/**
 * Option 2's start-up wrapper is mounted at WRAPPER_DIR next to the secrets volume. The API server refuses a
 * pod whose container mounts two volumes at the same path, and a mount nested in the other would hide or be
 * hidden by it, so the secrets' mount path may be neither equal to, inside nor around the wrapper's.
 */
export function mountPathMessage({ r, wrapper }: Plan): string | undefined {
  if (!wrapper) return undefined
  const mount = normalize(r.mount)
  if (!within(mount, WRAPPER_DIR) && !within(WRAPPER_DIR, mount)) return undefined
  return (
    `Mount path ${quote(r.mount)} must not be ${WRAPPER_DIR}, inside it or around it: option 2 mounts its ` +
    'start-up wrapper there; choose another directory, such as /mnt/secrets-store'
  )
}
