import type { Lang } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { dotnetSample } from './dotnet.ts'
import { goSample } from './go.ts'
import { javaSample } from './java.ts'
import { nodeSample } from './node.ts'
import { pythonSample } from './python.ts'
import type { CodeSample } from './sample.ts'

const SAMPLES: Record<Lang, (r: Resolved) => CodeSample> = {
  python: pythonSample,
  dotnet: dotnetSample,
  java: javaSample,
  node: nodeSample,
  go: goSample,
}

/** Option 1's code sample in the language the user picked. */
export const codeSample = (r: Resolved): CodeSample => SAMPLES[r.lang](r)
