import type { Plan } from '../plan/plan.ts'
import { planVaults, reloaderTarget } from '../plan/vaults.ts'
import { ESO_RELEASE, reloaderRelease } from './azure-cli/helm-steps.ts'

/** The README's word on the operators these files rely on: what the script installs, and what each does. */
export function readmeNotes(plan: Plan): string[] {
  const { reloader } = plan
  const synced = planVaults(plan).map((v) => `\`${v.syncedSecret}\``)
  const target = reloaderTarget(plan)
  return [
    ...(plan.eso || reloader
      ? ['`azure-setup.sh` needs `helm` too: it installs what is below once, then only checks it.']
      : []),
    ...(plan.eso
      ? [
          `External Secrets Operator (Helm chart \`${ESO_RELEASE.chart}\`, namespace \`${ESO_RELEASE.namespace}\`) writes ` +
            `${synced.length > 1 ? `the Secrets ${synced.join(', ')}` : `the Secret ${synced.join('')}`} from Key Vault with the SecretStore's identity and re-reads it ` +
            "every refreshInterval; no pod mounts a CSI volume. Upgrade it like any operator (ESO's majors can break).",
        ]
      : []),
    ...(reloader
      ? [
          `Reloader (Helm chart \`${reloaderRelease(reloader.csiIntegration).chart}\`) rolls the Deployment when ` +
            (reloader.csiIntegration
              ? `the versions mounted through SecretProviderClass \`${target}\` change: the add-on's ` +
                'secret rotation is on, and Reloader runs with its CSI integration (`reloader.enableCSIIntegration=true`, ' +
                '`--enable-csi-integration=true`). Files mounted with subPath are never updated.'
              : `the Secret \`${target}\` changes (the Deployment's annotation ` +
                `\`${reloader.annotation}\`), so the env vars get the rotated value.`),
        ]
      : []),
  ]
}
