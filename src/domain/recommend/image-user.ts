import type { Resolved } from '../answers/resolve.ts'
import type { Warning } from './types.ts'

/** The Deployment of every option is written for the image's user: say which Pod Security level it meets. */
export function imageUserWarnings(r: Resolved): Warning[] {
  if (r.user === 'nonroot') return []
  return [
    {
      id: 'pod-security-baseline',
      text:
        r.user === 'root'
          ? 'The image runs as root, so the pod meets Pod Security “baseline” but not “restricted”: a namespace that enforces “restricted” refuses it.'
          : 'It is not known whether the image runs as a non-root user, so the pod is written for a root image: it meets Pod Security “baseline” but not “restricted”.',
      remedy:
        'Build the image to run as a non-root user and answer “Yes, a non-root user”: the pod then sets runAsNonRoot and drops all capabilities, and meets “restricted”.',
    },
  ]
}
