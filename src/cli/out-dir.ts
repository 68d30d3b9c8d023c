import { existsSync, mkdirSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { shown } from './io.ts'

/** The longest file name most file systems take (NAME_MAX on ext4, XFS, APFS, NTFS: 255 bytes). */
const NAME_MAX = 255

const real = (path: string): string => {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

/**
 * Why the files cannot be written into `dir`, checked before anything is written: a folder that holds
 * anything (unless `force`), a file where the folder should be, a name too long for the file system, or a
 * file that would replace one of the inputs (never, even with `force`).
 */
export function outDirProblems(
  flag: string,
  dir: string,
  files: readonly string[],
  options: { force: boolean; inputs?: readonly string[] },
): string[] {
  const problems: string[] = []
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) return [`${flag}: ${shown(dir)} is a file, not a folder`]
    const held = readdirSync(dir)
    if (held.length > 0 && !options.force) {
      const some = held.slice(0, 3).map(shown).join(', ') + (held.length > 3 ? ', …' : '')
      problems.push(
        `${flag}: ${shown(dir)} is not empty (it holds ${some}); choose a new or empty folder, or pass --force to write into it`,
      )
    }
  }
  const inputs = new Map((options.inputs ?? []).map((f) => [real(f), f]))
  for (const file of files) {
    const long = file.split('/').find((part) => Buffer.byteLength(part) > NAME_MAX)
    if (long !== undefined)
      problems.push(`${flag}: the file name ${shown(long.slice(0, 60))}… is longer than ${NAME_MAX} bytes`)
    const input = inputs.get(real(join(dir, file)))
    if (input !== undefined) {
      problems.push(
        `${flag}: ${shown(join(dir, file))} would replace the input file ${shown(input)}; choose another folder (--force never replaces an input)`,
      )
    }
  }
  return problems
}

/** Writes each file under `dir`; a failure (no space, no permission) is a message, not a throw. */
export function writeFiles(
  flag: string,
  dir: string,
  files: readonly { path: string; content: string }[],
): string[] {
  for (const file of files) {
    const target = join(dir, file.path)
    try {
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, file.content)
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'failed'
      return [`${flag}: ${shown(target)} cannot be written (${code})`]
    }
  }
  return []
}
