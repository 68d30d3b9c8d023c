import { QUESTIONS } from '../../answers/registry.ts'
import { syncedSecretName, type Resolved } from '../../answers/resolve.ts'
import type { Warning } from '../types.ts'
import { caveat, fits, type Judge, type Judgement, type Judgements } from './judgement.ts'

/** Rotation is off by default on the add-on (driver flag `--enable-secret-rotation=false`). */
export const rotationOffWarning = (r: Resolved): Warning => ({
  id: 'rotation-off-by-default',
  text: 'Secret rotation is off by default on the AKS add-on, so mounted files and synced Secrets keep the version fetched when the pod first mounted them.',
  remedy: `Enable it with \`az aks addon update -g ${r.rg} -n ${r.cluster} --addon azure-keyvault-secrets-provider --enable-secret-rotation --rotation-poll-interval ${r.poll}\` (the generated script runs it when rotation is off or the interval differs).`,
})

const subPathWarning: Warning = {
  id: 'subpath-not-updated',
  text: 'Rotation updates mounted files in place, but never files mounted with subPath, and the app only sees a new value when it reads the file again.',
  remedy:
    'Mount the whole volume as a directory (the generated Deployment does) and have the app re-read the file on use or on change.',
}

const envVarsOnlyAtStart = (remedy: string): Warning => ({
  id: 'env-vars-need-restart',
  text: 'Env vars only change when the pod restarts, so a running app keeps the old value after a secret is rotated.',
  remedy,
})

const restartWhenSecretChanges = (r: Resolved): string =>
  `Let Reloader roll the pods when the synced Secret \`${syncedSecretName(r)}\` changes (answer “${RELOAD_TITLE}: ${RELOAD_YES}”, \`reload=reloader\`), or have the app read the mounted files instead.`

const restartAfterRotation = (r: Resolved): string =>
  `Let Reloader roll the pods when the mounted versions change (answer “${RELOAD_TITLE}: ${RELOAD_YES}”, \`reload=reloader\`), restart them after a rotation (\`kubectl rollout restart deployment/${r.app}\`), or have the app read the mounted files instead of env vars.`

const RELOAD_TITLE = QUESTIONS.reload.title
const RELOAD_YES = QUESTIONS.reload.labels.reloader

/** External Secrets Operator refreshes the Secret itself: no add-on rotation is involved. */
const esoRefreshes = (r: Resolved): string =>
  `External Secrets Operator re-reads Key Vault every ${r.poll} (the ExternalSecret's refreshInterval) and updates the Secret`

const none = (r: Resolved): Judgements => ({
  1: fits('No rotation is needed, and option 1 fetches each secret from Key Vault when the app needs it.'),
  2: fits('No rotation is needed, so the files that option 2 mounts when the pod starts are enough.'),
  3: fits(
    r.sync === 'eso'
      ? 'No rotation is needed, so the Secret that External Secrets Operator writes for option 3 is enough.'
      : 'No rotation is needed, so the Secret that option 3 syncs when the pod starts is enough.',
  ),
})

const atRestart = (r: Resolved): Judgements => ({
  1: fits(
    'A rotated secret is needed at the next pod start, and option 1 fetches the current version when the app starts.',
  ),
  // The driver fetches the objects on every mount (kubernetes-sigs/secrets-store-csi-driver
  // pkg/secrets-store/nodeserver.go NodePublishVolume calls the provider each time), so a new pod reads the
  // current version without rotation.
  2: fits(
    'A rotated secret is needed at the next pod start, and option 2 reads Key Vault each time a pod mounts the volume, so a new pod gets the current version without rotation on the add-on.',
  ),
  3:
    r.sync === 'eso'
      ? fits(
          `A rotated secret is needed at the next pod start, and with option 3 ${esoRefreshes(r)}, so a new pod reads the current value.`,
        )
      : caveat(
          'To pick up a rotated secret at the next pod start, option 3 needs rotation enabled on the add-on, which keeps the synced Kubernetes Secret current.',
          rotationOffWarning(r),
        ),
})

/** Option 3 while running: env vars change only at a rollout, which Reloader can start. */
function option3WhileRunning(r: Resolved): Judgement {
  const reloader = r.reload === 'reloader'
  if (r.sync === 'eso') {
    return reloader
      ? fits(
          `A rotated secret is needed while the app runs: ${esoRefreshes(r)}, and the env vars of option 3 get the new value at the rollout that Reloader starts when the Secret changes.`,
        )
      : caveat(
          `A rotated secret is needed while the app runs; ${esoRefreshes(r)}, but the env vars of option 3 only change when the pod restarts.`,
          envVarsOnlyAtStart(restartWhenSecretChanges(r)),
        )
  }
  return reloader
    ? caveat(
        'A rotated secret is needed while the app runs: with rotation on the add-on the driver updates the synced Secret, and the env vars of option 3 get the new value at the rollout that Reloader starts when the Secret changes.',
        rotationOffWarning(r),
      )
    : caveat(
        'A rotated secret is needed while the app runs, but the env vars of option 3 only change when the pod restarts.',
        rotationOffWarning(r),
        envVarsOnlyAtStart(restartWhenSecretChanges(r)),
      )
}

/** Option 2 while running: files update in place; the wrapper's env vars (or a read at start) need a rollout. */
function option2WhileRunning(r: Resolved): Judgement {
  const reloader = r.reload === 'reloader'
  if (r.reads === 'file') {
    return caveat(
      reloader
        ? 'A rotated secret is needed while the app runs, which option 2 does once rotation is enabled on the add-on; Reloader also rolls the pods when the mounted versions change, for an app that reads its files only at start (files mounted with subPath are never updated).'
        : 'A rotated secret is needed while the app runs, which option 2 does once rotation is enabled on the add-on, though files mounted with subPath are never updated.',
      rotationOffWarning(r),
      subPathWarning,
    )
  }
  return reloader
    ? caveat(
        'A rotated secret is needed while the app runs: the env vars that the wrapper of option 2 sets get the new value at the rollout that Reloader starts when the mounted versions change.',
        rotationOffWarning(r),
      )
    : caveat(
        'A rotated secret is needed while the app runs, but the env vars that the wrapper of option 2 sets only change when the pod restarts.',
        rotationOffWarning(r),
        envVarsOnlyAtStart(restartAfterRotation(r)),
      )
}

const whileRunning = (r: Resolved): Judgements => ({
  1: fits(
    'A rotated secret is needed while the app runs, and option 1 reads the current version each time it fetches (cache it with a time-to-live).',
  ),
  2: option2WhileRunning(r),
  3: option3WhileRunning(r),
})

/** A pinned objectVersion is fetched as that version every time: rotation never changes it. */
const pinnedWarning = (r: Resolved): Warning | undefined => {
  const pinned = r.objects.filter((o) => o.version.trim() !== '').map((o) => o.name)
  if (pinned.length === 0) return undefined
  return {
    id: 'rotation-pinned-version',
    text: `${pinned.join(', ')} ${pinned.length === 1 ? 'is' : 'are'} pinned to one version, which never rotates: a new version in Key Vault does not reach the app.`,
    remedy: 'Leave the version empty to read the latest version, which rotation keeps current.',
  }
}

const withWarning = (judgements: Judgements, warning: Warning | undefined): Judgements => {
  if (warning === undefined) return judgements
  const add = (j: Judgement): Judgement =>
    j.verdict === 'caveat'
      ? { ...j, warnings: [...j.warnings, warning] }
      : j.verdict === 'fits'
        ? caveat(j.reason, warning)
        : j
  return { 1: add(judgements[1]), 2: add(judgements[2]), 3: add(judgements[3]) }
}

export const judgeRotate: Judge = (r) => {
  switch (r.rotate) {
    case 'none':
      return none(r)
    case 'restart':
      return atRestart(r)
    case 'live':
      return withWarning(whileRunning(r), pinnedWarning(r))
  }
}
