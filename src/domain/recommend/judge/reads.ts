import type { Reads } from '../../answers/model.ts'
import { caveat, fits, type Judge, type Judgements } from './judgement.ts'

const BY_ANSWER: Record<Reads, Judgements> = {
  env: {
    1: fits('The app reads env vars today, and option 1 replaces that read with a call to Key Vault.'),
    2: caveat(
      'The app reads env vars, so option 2 needs a start-up wrapper that turns the mounted files into env vars (no code change, but the start command is wrapped).',
      {
        id: 'env-from-files-wrapper',
        text: 'The app reads env vars, so its start command is wrapped by a script that exports each mounted file as an env var before it starts the app; the image needs /bin/sh (a distroless image has none).',
        remedy:
          'Give the container’s start command so the wrapper can run it, or change the app to read the mounted files.',
      },
    ),
    3: fits('The app reads env vars, and option 3 sets each one from the synced Kubernetes Secret.'),
  },
  file: {
    1: fits('The app reads files today, and option 1 replaces that read with a call to Key Vault.'),
    2: fits('The app reads files, and option 2 mounts each secret as a file.'),
    3: caveat(
      'The app reads files, so the env vars and Secret copy of option 3 add nothing to the files it mounts anyway.',
      {
        id: 'env-vars-unused',
        text: 'Option 3 keeps a copy of each secret in a Kubernetes Secret for env vars the app never reads.',
        remedy: 'Generate option 2 instead: the same mounted files, without a copy in the cluster.',
      },
    ),
  },
}

export const judgeReads: Judge = (r) => BY_ANSWER[r.reads]
