/**
 * One shell word that stands for exactly `value`, whatever it holds: single quotes take everything
 * literally, and an embedded `'` is closed, escaped and reopened. Safe in sh and bash.
 */
export const shQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`

/** A file under a directory, without doubling the slash when the directory ends with one. */
export const joinPath = (dir: string, file: string): string => `${dir.replace(/\/+$/, '')}/${file}`
