import type { Lang } from '../../answers/model.ts'
import type { Resolved } from '../../answers/resolve.ts'
import { dotnetSample } from './dotnet.ts'
import { goSample } from './go.ts'
import { javaSample } from './java.ts'
import { nodeSample } from './node.ts'
import { pythonSample } from './python.ts'
import { commentLines, type CodeSample } from './sample.ts'
import { stringLiteral, type LiteralStyle } from './literal.ts'
import { vaultUrlVariable } from './vault-urls.ts'
import { objectsOf } from '../../plan/plan.ts'
import { vaultsOf } from '../../plan/vaults.ts'

/** How each language writes a string literal: a name in a comment is one, so no name ends the comment. */
const LITERAL_STYLE: Record<Lang, LiteralStyle> = {
  python: 'python',
  dotnet: 'csharp',
  java: 'java',
  node: 'javascript',
  go: 'go',
}

const SAMPLES: Record<Lang, (r: Resolved) => CodeSample> = {
  python: pythonSample,
  dotnet: dotnetSample,
  java: javaSample,
  node: nodeSample,
  go: goSample,
}

/**
 * Option 1's code sample in the language the user picked. It reads the objects of the first vault, from
 * KEY_VAULT_URL. With several vaults it says, at its top, which objects of the other vaults it leaves to the
 * reader and the variable that holds each vault's URL (the Deployment sets them, the script grants them):
 * reading them takes one more client per vault, made as the sample makes its own.
 */
export function codeSample(r: Resolved): CodeSample {
  const [first, ...others] = vaultsOf(r, objectsOf(r))
  if (first === undefined || others.length === 0) return SAMPLES[r.lang](r)
  const sample = SAMPLES[r.lang]({ ...r, objects: first.objects })
  const marker = r.lang === 'python' ? '#' : '//'
  const all = [first, ...others]
  const note = [
    `This sample reads the objects of the first vault (KEY_VAULT_URL). The app also reads, from other vaults:`,
    ...others.map(
      (v) =>
        `- ${v.objects.map((o) => stringLiteral(o.name, LITERAL_STYLE[r.lang])).join(', ')} from the vault whose URL is in ${vaultUrlVariable(v, all)}`,
    ),
    'Read those with one more client per vault, made like the ones below with that vault’s URL.',
    '',
  ]
  return { ...sample, content: [...commentLines(marker, '', note), sample.content].join('\n') }
}
