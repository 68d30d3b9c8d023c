import type { Code } from '../../answers/model.ts'
import { doesNotFit, fits, type Judge, type Judgements } from './judgement.ts'

const NO_CODE_NEEDED = (option: number): string =>
  `Option ${option} needs no code change, though the code could change to read Key Vault itself.`

const BY_ANSWER: Record<Code, Judgements> = {
  yes: {
    1: fits('The code can change to call Key Vault with an Azure SDK, which is all option 1 needs.'),
    2: fits(NO_CODE_NEEDED(2)),
    3: fits(NO_CODE_NEEDED(3)),
  },
  no: {
    1: doesNotFit(
      'The code cannot change now, and option 1 needs a code change to call Key Vault with an Azure SDK.',
      'Option 1 needs a code change to call Key Vault with an Azure SDK',
    ),
    2: fits('The code cannot change now, and option 2 needs no code change.'),
    3: fits('The code cannot change now, and option 3 needs no code change.'),
  },
}

export const judgeCode: Judge = (r) => BY_ANSWER[r.code]
