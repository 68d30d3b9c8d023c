import { rule } from './rule.ts'

// The grammar of github.com/distribution/reference, the parser Docker and containerd use.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = new RegExp(`^${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?$`)
const REPOSITORY = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`)
const TAG = /^\w[\w.-]{0,127}$/
const DIGEST = /^sha256:[a-f0-9]{64}$/
const MAX_NAME = 255

/** Like Docker: the first part is a registry only when it looks like a host (has "." or ":", or is localhost). */
function splitRegistry(name: string): { registry: string | undefined; repository: string } {
  const slash = name.indexOf('/')
  const first = name.slice(0, slash)
  if (slash > 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    return { registry: first, repository: name.slice(slash + 1) }
  }
  return { registry: undefined, repository: name }
}

function isImageReference(value: string): boolean {
  if (value.length > 512) return false
  const at = value.indexOf('@')
  const withTag = at < 0 ? value : value.slice(0, at)
  if (at >= 0 && !DIGEST.test(value.slice(at + 1))) return false
  const { registry, repository: pathAndTag } = splitRegistry(withTag)
  const colon = pathAndTag.lastIndexOf(':')
  const repository = colon < 0 ? pathAndTag : pathAndTag.slice(0, colon)
  if (colon >= 0 && !TAG.test(pathAndTag.slice(colon + 1))) return false
  if (registry !== undefined && !DOMAIN.test(registry)) return false
  const nameLength = (registry === undefined ? 0 : registry.length + 1) + repository.length
  return nameLength <= MAX_NAME && REPOSITORY.test(repository)
}

export const validateImage = rule(
  'Container image',
  'be an image reference such as nginx, ghcr.io/team/app:1.0 or myregistry.azurecr.io/app@sha256:<64 hex digits>: ' +
    'an optional registry host[:port]/, a lowercase repository path, an optional :tag and @sha256 digest, no spaces',
  isImageReference,
)
