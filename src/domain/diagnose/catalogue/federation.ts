/**
 * AADSTS70021 (and its newer subject-specific codes 700213, 7002138): Entra ID found no federated identity
 * credential matching the token. The message names what was presented: "Assertion Issuer: '...'. Assertion
 * Subject: '...'. Assertion Audience: '...'" (pasted in https://github.com/MicrosoftDocs/azure-docs/issues/106441
 * and https://github.com/external-secrets/external-secrets/issues/2783). The driver sends the pod's service
 * account token for audience api://AzureADTokenExchange (shared/reference/csi-provider-azure.md 4a).
 */
import { PLACEHOLDER } from '../bridge.ts'
import { facts, nameOr, q, say, sh, yaml } from '../fix.ts'
import type { Entry, MatchContext } from './entry.ts'

export const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange'

const ISSUER = /Assertion Issuer: '([^'\s]{1,300})'/
const SUBJECT = /Assertion Subject: '([^'\s]{1,300})'/
const SUBJECT_ALONE = /presented assertion subject '([^'\s]{1,300})'/
const AUDIENCE = /Assertion Audience: '([^'\s]{1,300})'/
const SA_SUBJECT = /^system:serviceaccount:([a-z0-9-]{1,63}):([a-z0-9.-]{1,253})$/

interface Presented {
  issuer?: string
  subject?: string
  audience?: string
}

/** Which of issuer, subject, audience does not fit, judged from the message and the answers. */
function mismatch(p: Presented, c: MatchContext): { part: 'subject' | 'issuer' | 'audience'; why: string } {
  if (p.audience !== undefined && p.audience !== EXCHANGE_AUDIENCE)
    return { part: 'audience', why: `the token's audience is "${p.audience}", not ${EXCHANGE_AUDIENCE}` }
  const sa = p.subject ? SA_SUBJECT.exec(p.subject) : null
  if (sa?.[2] === 'default')
    return {
      part: 'subject',
      why: `the pod runs as the "default" service account of namespace ${sa[1]}: the pod spec has no serviceAccountName`,
    }
  const expected = c.names.sa && c.names.ns ? `system:serviceaccount:${c.names.ns}:${c.names.sa}` : undefined
  if (p.subject && expected && p.subject !== expected)
    return { part: 'subject', why: `the pod presents "${p.subject}" but the generated files use ${expected}` }
  if (p.subject && expected)
    return {
      part: 'issuer',
      why: `the subject is the expected ${expected}, so the credential's issuer is not this cluster's OIDC issuer (another or a re-created cluster)`,
    }
  return {
    part: 'subject',
    why: 'no federated credential on the identity has exactly this issuer and subject (both compared case-sensitively)',
  }
}

export const federationMismatch: Entry = {
  id: 'wi-federation-mismatch',
  title: 'No federated credential matches the pod (AADSTS70021)',
  weight: 82,
  source: 'MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md',
  needles: ['aadsts70021', 'aadsts700213', 'aadsts7002138', 'no matching federated identity record'],
  explain: (c) => {
    const p: Presented = {
      issuer: ISSUER.exec(c.window)?.[1],
      subject: SUBJECT.exec(c.window)?.[1] ?? SUBJECT_ALONE.exec(c.window)?.[1],
      audience: AUDIENCE.exec(c.window)?.[1],
    }
    const { part, why } = mismatch(p, c)
    const sa = p.subject ? SA_SUBJECT.exec(p.subject) : null
    const ns = nameOr('<namespace>', c.names.ns, sa?.[1])
    const saName = nameOr(
      '<service-account>',
      c.names.sa,
      sa?.[2] === 'default' ? undefined : sa?.[2],
      c.facts.serviceAccount === 'default' ? undefined : c.facts.serviceAccount,
    )
    const rg = nameOr(PLACEHOLDER.rg, c.names.rg)
    const cluster = nameOr(PLACEHOLDER.cluster, c.names.cluster)
    const fix =
      part === 'subject' && sa?.[2] === 'default'
        ? [
            say('Run the pod as the service account the federated credential names:'),
            yaml('spec:', '  template:', '    spec:', `      serviceAccountName: ${saName}`),
          ]
        : [
            say(
              `Create (or correct) the federated credential so its ${part} matches, on the identity that clientID names:`,
            ),
            sh(
              `AKS_OIDC_ISSUER="$(az aks show -g ${q(rg)} -n ${q(cluster)} --query oidcIssuerProfile.issuerUrl -o tsv)"`,
              `az identity federated-credential list --identity-name <identity-name> -g ${q(rg)} -o table`,
              `az identity federated-credential create --name ${q(`${ns}-${saName}`)} --identity-name <identity-name> -g ${q(rg)} \\`,
              `  --issuer "$AKS_OIDC_ISSUER" --subject ${q(`system:serviceaccount:${ns}:${saName}`)} --audiences ${EXCHANGE_AUDIENCE}`,
            ),
          ]
    return {
      cause: `Entra ID found no federated credential matching the ${part}: ${why}.`,
      facts: facts(
        ['Issuer presented', p.issuer],
        ['Subject presented', p.subject],
        ['Audience presented', p.audience],
        ['Mismatch', part],
      ),
      fix,
    }
  },
}
