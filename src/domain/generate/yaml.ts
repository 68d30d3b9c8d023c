import { dump } from 'js-yaml'

/**
 * The one way this app writes YAML. Unlimited line width keeps long values (the `objects` block, base64)
 * unfolded; no anchors, since kubectl users read these files; double quotes where quoting is needed. The
 * dump schema quotes every string a YAML 1.1 reader (kubectl) would take for a bool or number (`yes`, `on`).
 */
export const toYaml = (value: unknown): string =>
  dump(value, { lineWidth: -1, noRefs: true, quoteStyle: 'double' })

/** Several documents as one stream that `kubectl apply -f -` accepts. */
export const toYamlStream = (values: readonly unknown[]): string => values.map(toYaml).join('---\n')
