import { readObjectsParameter } from '../k8s/objects-parameter.ts'
import { caseMatches, scalarText } from '../k8s/read.ts'

/** Fields of the provider's KeyVaultObject, by their exact yaml tags. */
const OBJECT_FIELDS = [
  'objectName',
  'objectType',
  'objectAlias',
  'objectVersion',
  'objectVersionHistory',
  'objectFormat',
  'objectEncoding',
  'filePermission',
] as const

const OBJECT_TYPES = ['secret', 'key', 'cert']

export interface ObjectsReport {
  problems: string[]
  /**
   * The files the driver writes, by the names `secretObjects[].data[].objectName` must use; undefined when
   * some object could not be read, so the list would be incomplete.
   */
  files: string[] | undefined
}

function fieldProblems(where: string, item: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(item)) {
    if ((OBJECT_FIELDS as readonly string[]).includes(key)) continue
    const near = caseMatches(key, OBJECT_FIELDS)
    problems.push(
      near.length > 0
        ? `${where}: ${key} is not read: field names are case-sensitive, write ${near[0]}`
        : `${where}: ${key} is not a field the provider reads; it is ignored`,
    )
  }
  const name = (scalarText(item['objectName']) ?? '').trim()
  const type = (scalarText(item['objectType']) ?? '').trim()
  const alias = (scalarText(item['objectAlias']) ?? '').trim()
  if (name === '') problems.push(`${where}: objectName is required`)
  if (!OBJECT_TYPES.includes(type)) {
    // Name the wrong spelling and, for a case slip (`Secret`), the right one.
    const right = OBJECT_TYPES.find((t) => t === type.toLowerCase())
    const shown = type === '' ? '' : `, not "${type}"${right ? `: write ${right}` : ''}`
    problems.push(`${where}: objectType must be secret, key or cert (lower case)${shown}`)
  }
  if (alias !== '' && (alias.startsWith('/') || alias.includes('..'))) {
    problems.push(`${where}: objectAlias must be a relative file name without ".."`)
  }
  const history = item['objectVersionHistory']
  if (history !== undefined && history !== null && !Number.isInteger(history)) {
    problems.push(`${where}: objectVersionHistory must be a whole number`)
  }
  const format = (scalarText(item['objectFormat']) ?? '').trim().toLowerCase()
  if (format !== '' && format !== 'pem' && format !== 'pfx')
    problems.push(`${where}: objectFormat must be pem or pfx`)
  if (format === 'pfx' && type !== 'secret')
    problems.push(`${where}: objectFormat pfx needs objectType secret`)
  const encoding = (scalarText(item['objectEncoding']) ?? '').trim().toLowerCase()
  if (encoding !== '' && !['utf-8', 'hex', 'base64'].includes(encoding)) {
    problems.push(`${where}: objectEncoding must be utf-8, hex or base64`)
  }
  if (encoding !== '' && type !== 'secret') problems.push(`${where}: objectEncoding needs objectType secret`)
  const permission = scalarText(item['filePermission'])
  // The provider no longer rejects a bad mode: it writes the file with mode 0000.
  if (permission !== undefined && !/^0?[0-7]{3}$/.test(permission.trim())) {
    problems.push(`${where}: filePermission must be octal, e.g. "0644"`)
  }
  return problems
}

/** The names the driver writes one object under: with a version history, one file per version. */
function filesOf(item: Record<string, unknown>): string[] {
  const name = (scalarText(item['objectName']) ?? '').trim()
  const file = (scalarText(item['objectAlias']) ?? '').trim() || name
  const history = item['objectVersionHistory']
  if (typeof history === 'number' && Number.isInteger(history) && history > 1) {
    return Array.from({ length: history }, (_, i) => `${file}/${i}`)
  }
  return [file]
}

/** `parameters.objects`: a YAML mapping with key `array`, whose items are YAML strings, each one object. */
export function objectsReport(source: string | undefined): ObjectsReport {
  const read = readObjectsParameter(source)
  switch (read.read) {
    case 'missing':
      return { problems: ['parameters.objects is required'], files: undefined }
    case 'not-yaml':
      return { problems: [`parameters.objects is not valid YAML: ${read.error}`], files: undefined }
    case 'not-a-mapping':
      return {
        problems: ['parameters.objects must be a mapping with the key array (array: then - | items)'],
        files: undefined,
      }
  }
  const problems = read.otherKeys.map((key) =>
    key.toLowerCase() === 'array'
      ? `parameters.objects: ${key} is not read, write array (as is, the volume mounts with no files)`
      : `parameters.objects: ${key} is not read; only array is`,
  )
  if (read.items === undefined) {
    return {
      problems: [...problems, 'parameters.objects must hold a list under the key array'],
      files: undefined,
    }
  }
  if (read.items.length === 0)
    problems.push('parameters.objects lists no objects: the volume would mount with no files')
  let files: string[] | undefined = []
  read.items.forEach((item, i) => {
    const where = `parameters.objects item ${i + 1}`
    if (item.read === 'not-a-string') {
      problems.push(`${where} must be a YAML string holding the object (write "- |" then the fields)`)
      files = undefined
    } else if (item.read === 'not-a-mapping') {
      problems.push(
        `${where} is not a mapping of object fields${item.error === undefined ? '' : `: ${item.error}`}`,
      )
      files = undefined
    } else {
      problems.push(...fieldProblems(where, item.fields))
      files?.push(...filesOf(item.fields))
    }
  })
  return { problems, files }
}
