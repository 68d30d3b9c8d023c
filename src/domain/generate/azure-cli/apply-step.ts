import type { OutputFile } from '../types.ts'
import type { Step } from './step.ts'

/** Applies the manifest files the wizard offers, in order, from the script's own folder. */
export function applyStep(manifestFiles: readonly OutputFile[]): Step {
  return {
    title: 'Apply the manifests',
    why: [
      'In order: the service account and start-up script before the pod that uses them. If the pod does not',
      'start, its events name the cause (FailedMount: a wrong parameter, a missing permission).',
    ],
    commands: [
      'kubectl apply \\',
      ...manifestFiles.map((file) => `  -f "$HERE/${file.name}" \\`),
      '  -n "$NS"',
      'if ! kubectl rollout status "deployment/$APP" -n "$NS" --timeout=180s; then',
      '  kubectl get events -n "$NS" --sort-by=.lastTimestamp | tail -n 20 >&2',
      '  exit 1',
      'fi',
    ],
  }
}
