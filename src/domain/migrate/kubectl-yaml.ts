import type { Tags } from 'yaml'

/**
 * kubectl reads YAML with go-yaml v2 (through sigs.k8s.io/yaml): YAML 1.1 booleans (`yes`, `on`), octal `0644`,
 * but floats only as `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$` after removing `_`, and no base-60
 * numbers, and a plain date stays a string in an untyped value (go-yaml v2 resolve.go, v2.4). The `yaml`
 * package's 1.1 schema reads `E0` or `.` as NaN, `1:20` as 80 and `2024-01-01` as a Date: these tags make it
 * read them as strings, as kubectl does.
 */
const FLOAT_EXP = /^[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?)[eE][-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*\.[0-9_]*)$/

export function kubectlTags(tags: Tags): Tags {
  return tags
    .filter((t) => typeof t === 'string' || (t.format !== 'TIME' && t.tag !== 'tag:yaml.org,2002:timestamp'))
    .map((t) => {
      if (
        typeof t === 'string' ||
        t.tag !== 'tag:yaml.org,2002:float' ||
        !('test' in t) ||
        t.test === undefined
      )
        return t
      if (t.format === 'EXP') return { ...t, test: FLOAT_EXP }
      return t.test.test('1.5') ? { ...t, test: FLOAT } : t
    })
}
