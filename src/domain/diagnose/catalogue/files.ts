/**
 * The mounted files themselves: rotation that is off, and an objectAlias that cannot be a file name.
 */
import { PLACEHOLDER } from '../bridge.ts'
import { facts, nameOr, q, say, sh, yaml } from '../fix.ts'
import type { Entry } from './entry.ts'

const rotationOff: Entry = {
  id: 'rotation-off',
  title: 'Rotation is off, so a changed secret is not picked up',
  weight: 40,
  // Texts: driver pkg/secrets-store/nodeserver.go logs "target path is already mounted" when kubelet republishes
  // and rotation is disabled; flag --enable-secret-rotation (default false, cmd/secrets-store-csi-driver/main.go);
  // AKS shows addonProfiles...config.enableSecretRotation (shared/reference/csi-provider-azure.md section 5).
  source: 'kubernetes-sigs/secrets-store-csi-driver pkg/secrets-store/nodeserver.go',
  needles: [
    'target path is already mounted',
    '--enable-secret-rotation=false',
    '"enablesecretrotation": "false"',
  ],
  explain: (c) => ({
    cause:
      'Secret rotation is disabled in the driver, so files (and synced Secrets) keep the value read when the pod started; environment variables never change in a running container anyway.',
    facts: facts(['Pod', c.facts.podName]),
    fix: [
      sh(
        `az aks addon update ${`-g ${q(nameOr(PLACEHOLDER.rg, c.names.rg))} -n ${q(nameOr(PLACEHOLDER.cluster, c.names.cluster))}`} --addon azure-keyvault-secrets-provider --enable-secret-rotation --rotation-poll-interval 2m`,
      ),
      say(
        'Apps reading environment variables still need a restart after a change: kubectl rollout restart deployment/<name> (or a tool such as Reloader).',
      ),
    ],
  }),
}

const aliasInvalid: Entry = {
  id: 'alias-rename',
  title: 'A renamed objectAlias is not a usable file name',
  weight: 86,
  // Texts: provider pkg/provider/validate.go validateFileName "file name must be a relative path",
  // "file name must not contain '..'"; kubelet "failed to prepare subPath for volumeMount %q of container %q"
  // (kubernetes pkg/kubelet/kubelet_pods.go) when a subPath still names the old file.
  source: 'Azure/secrets-store-csi-driver-provider-azure pkg/provider/validate.go',
  needles: [
    'file name must be a relative path',
    "file name must not contain '..'",
    'failed to prepare subpath for volumemount',
  ],
  explain: (c) => {
    const subPath = c.line.toLowerCase().includes('subpath')
    return {
      cause: subPath
        ? 'A volumeMount uses subPath with a file name the CSI volume no longer has (an objectAlias was renamed), so the kubelet cannot mount it.'
        : `An objectAlias${c.facts.objectName ? ` (object "${c.facts.objectName}")` : ''} is an absolute path or contains "..": it must be a file name relative to the mount path.`,
      facts: facts(['Object', c.facts.objectName]),
      fix: subPath
        ? [
            say(
              'Mount the whole volume and read the file under the mount path (subPath mounts never rotate either):',
            ),
            yaml(
              'volumeMounts:',
              '  - name: secrets-store',
              '    mountPath: /mnt/secrets-store',
              '    readOnly: true',
            ),
          ]
        : [
            say('Use a plain file name; the mount path decides the directory:'),
            yaml(
              '    - |',
              `      objectName: ${nameOr(PLACEHOLDER.object, c.facts.objectName)}`,
              '      objectType: secret',
              '      objectAlias: db-password',
            ),
          ],
    }
  },
}

export const FILE_ENTRIES: Entry[] = [rotationOff, aliasInvalid]
