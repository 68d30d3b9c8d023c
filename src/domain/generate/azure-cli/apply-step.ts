import { PLACEHOLDER } from '../../answers/model.ts'
import { shQuote } from '../shell.ts'
import type { OutputFile } from '../types.ts'
import type { ScriptContext } from './context.ts'
import type { Step } from './step.ts'

const why = [
  'In order: the service account and start-up script before the pod that uses them. If the pod does not',
  'start, its events name the cause (FailedMount: a wrong parameter, a missing permission).',
]

const rollout = [
  'if ! kubectl rollout status "deployment/$APP" -n "$NS" --timeout=180s; then',
  '  kubectl get events -n "$NS" --sort-by=.lastTimestamp | tail -n 20 >&2',
  '  exit 1',
  'fi',
]

/**
 * Applies the manifest files, in order, from the script's own folder (checked at the start). With a new
 * workload identity the files hold a placeholder for its client ID: copies with the ID filled in are
 * applied instead, so the folder stays as downloaded and every run applies the same objects.
 */
export function applyStep(ctx: ScriptContext, manifestFiles: readonly OutputFile[]): Step {
  const names = manifestFiles.map((f) => shQuote(f.name)).join(' ')
  if (!ctx.newIdentity) {
    return {
      title: 'Apply the manifests',
      why,
      commands: [
        'kubectl apply \\',
        ...manifestFiles.map((file) => `  -f "$HERE/${file.name}" \\`),
        '  -n "$NS"',
        ...rollout,
      ],
    }
  }
  return {
    title: 'Apply the manifests, with the new identity filled in',
    why: [
      `The files name the identity as ${PLACEHOLDER.client}: copies with its client id are applied.`,
      ...why,
    ],
    commands: [
      'FILLED="$(mktemp -d)"',
      'trap \'rm -rf "$FILLED"\' EXIT',
      `for file in ${names}; do`,
      `  sed "s|${PLACEHOLDER.client}|$CLIENT_ID|g" "$HERE/$file" >"$FILLED/$file"`,
      'done',
      'kubectl apply \\',
      ...manifestFiles.map((file) => `  -f "$FILLED/${file.name}" \\`),
      '  -n "$NS"',
      ...rollout,
    ],
  }
}
