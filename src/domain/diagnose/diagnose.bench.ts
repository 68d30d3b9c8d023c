import { bench, describe } from 'vitest'
import { diagnose } from './diagnose.ts'
import { DESCRIBE_TWO_FAILURES } from './fixtures/describe-pod.ts'
import { SAMPLES } from './fixtures/messages.ts'

// Target: 10 MB of mixed logs diagnosed in under a second (issue 10), in V8, the engine Chromium runs too.
// The mix: ordinary driver and provider log lines, with every catalogue sample and near miss and a
// described pod sprinkled through; about one line in forty is a failure.
const ordinary = [
  'I1124 10:02:11.123456       1 nodeserver.go:268] "node publish volume complete" targetPath="/var/lib/kubelet/pods/1b7b0740-62d5-4776-a0df-90d060ef35ba/volumes/kubernetes.io~csi/secrets-store-inline/mount" pod="default/busybox" time="52.1ms"',
  'I1124 10:02:11.223456       1 provider.go:262] "fetching object from key vault" objectName="db-password" objectType="secret" keyvault="kv-demo" pod="default/busybox"',
  '  Normal   Pulled       2m                 kubelet            Container image "ghcr.io/contoso/shop-api:1.4.2" already present on machine',
  '2026-11-24T10:02:11.323Z INFO  shop-api  request served path=/healthz status=200 duration_ms=1',
]
const failures = [...SAMPLES.flatMap((s) => [s.message, s.nearMiss]), DESCRIBE_TWO_FAILURES]

function mixedLogs(bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const line = i % 40 === 39 ? (failures[i % failures.length] ?? '') : (ordinary[i % ordinary.length] ?? '')
    parts.push(line)
    size += line.length + 1
  }
  return parts.join('\n')
}

const tenMegabytes = mixedLogs(10 * 1024 * 1024)
const oneLine = `${'x'.repeat(5 * 1024 * 1024)} ${SAMPLES[0]?.message ?? ''} ${'y'.repeat(5 * 1024 * 1024)}`

describe('diagnose', () => {
  bench('10 MB of mixed logs', () => void diagnose(tenMegabytes), { iterations: 5, time: 0 })
  bench('10 MB on one line', () => void diagnose(oneLine), { iterations: 5, time: 0 })
  bench('a described pod with two failures', () => void diagnose(DESCRIBE_TWO_FAILURES))
})
