/**
 * A start command split into words as `sh` splits a simple command (POSIX XCU 2.2 Quoting, 2.6.5 Field
 * Splitting): blanks separate words, single quotes keep everything, double quotes keep everything but `\`
 * before `"` `\` `$` or a backquote, and an unquoted `\` keeps the next character. The wrapper then runs the
 * words with `exec`, so what needs a shell to mean something (pipes, `;`, redirections, `$VAR`, globs,
 * comments) is refused with the reason instead of reaching the app as a literal word.
 *
 * Not the `shell-quote` package: it expands `$VAR` from an environment and accepts an unclosed quote, where
 * a start command needs a refusal that says what to write instead.
 */
export type ShellWords = { words: string[] } | { problem: string }

const NEEDS_SHELL: Record<string, string> = {
  '|': 'a pipe (|)',
  '&': '"&"',
  ';': '";"',
  '<': 'a redirection (<)',
  '>': 'a redirection (>)',
  '(': 'a parenthesis',
  ')': 'a parenthesis',
  $: 'an expansion ($)',
  '`': 'a command substitution (`)',
  '*': 'a glob (*)',
  '?': 'a glob (?)',
  '[': 'a glob ([)',
}

const ADVICE = "; to run it, write it as sh -c '…'"

export function shellWords(command: string): ShellWords {
  const words: string[] = []
  let word: string | undefined
  for (let i = 0; i < command.length; i++) {
    const c = command[i] ?? ''
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word)
      word = undefined
    } else if (c === "'") {
      const end = command.indexOf("'", i + 1)
      if (end === -1) return { problem: `close the ' it opens` }
      word = (word ?? '') + command.slice(i + 1, end)
      i = end
    } else if (c === '"') {
      word ??= ''
      for (i++; ; i++) {
        if (i >= command.length) return { problem: 'close the " it opens' }
        const d = command[i] ?? ''
        if (d === '"') break
        if (d === '$' || d === '`') return { problem: `not hold ${NEEDS_SHELL[d]} inside "…"${ADVICE}` }
        if (d === '\\' && /["\\$`]/.test(command[i + 1] ?? '')) word += command[++i] ?? ''
        else word += d
      }
    } else if (c === '\\') {
      if (i + 1 >= command.length) return { problem: 'not end with a \\ that escapes nothing' }
      word = (word ?? '') + (command[++i] ?? '')
    } else if (c === '#' && word === undefined) {
      return { problem: `not hold a comment (#)${ADVICE}` }
    } else if (NEEDS_SHELL[c] !== undefined || (c === '~' && word === undefined)) {
      return {
        problem: `not hold ${NEEDS_SHELL[c] ?? 'a home directory (~)'}, which only a shell understands${ADVICE}`,
      }
    } else word = (word ?? '') + c
  }
  if (word !== undefined) words.push(word)
  return { words }
}
