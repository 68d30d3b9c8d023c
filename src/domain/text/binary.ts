/**
 * True when the sample is mostly not text: a NUL byte, or more than 5% control characters or U+FFFD (what
 * a UTF-8 decoder makes of bytes that are not UTF-8). ESC is not counted: coloured logs are text.
 */
export function looksBinary(sample: string): boolean {
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) return true
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) || c === 0xfffd) control++
  }
  return sample.length > 0 && control / sample.length > 0.05
}

/** How much of a text `looksBinary` samples: its start, enough to tell a file's kind. */
export const BINARY_SAMPLE = 65536
