import type { Plan } from '../plan/plan.ts'
import type { IContainer, IPodSecurityContext, ISecurityContext } from '../k8s/types.ts'

// What the Pod Security Standards ask (https://kubernetes.io/docs/concepts/security/pod-security-standards/):
// "restricted" requires runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities drop ["ALL"] and a
// seccompProfile of RuntimeDefault or Localhost. An image that runs as root breaks under runAsNonRoot, and
// may need a capability, so for one it keeps what a root image tolerates and meets "baseline".

/** The pod-level security context for the level the plan meets. */
export const podSecurityContext = ({ podSecurity }: Plan): IPodSecurityContext => ({
  ...(podSecurity === 'restricted' ? ({ runAsNonRoot: true } satisfies IPodSecurityContext) : {}),
  seccompProfile: { type: 'RuntimeDefault' },
})

/** The app container's security context. */
export const containerSecurityContext = ({ podSecurity }: Plan): ISecurityContext => ({
  allowPrivilegeEscalation: false,
  ...(podSecurity === 'restricted' ? ({ capabilities: { drop: ['ALL'] } } satisfies ISecurityContext) : {}),
})

/**
 * Requests so the scheduler reserves room for the app (a modest start for the team to tune), and, when the
 * app listens on a port, probes that hold traffic back until it accepts connections and restart it when it
 * stops. TCP, because the app's health path is not known here.
 */
export function containerRuntime({
  r,
}: Plan): Pick<IContainer, 'resources' | 'readinessProbe' | 'livenessProbe'> {
  const probe = r.port === undefined ? undefined : { tcpSocket: { port: r.port } }
  return {
    resources: { requests: { cpu: '100m', memory: '128Mi' } },
    ...(probe
      ? ({
          readinessProbe: { ...probe, periodSeconds: 10 },
          livenessProbe: { ...probe, initialDelaySeconds: 15, periodSeconds: 20 },
        } satisfies Partial<IContainer>)
      : {}),
  }
}
