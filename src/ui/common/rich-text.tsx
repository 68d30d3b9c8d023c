/** Engine messages mark commands with `backticks`: show those parts as code. */
export function RichText({ text }: { text: string }) {
  const parts = text.split('`')
  // An odd count of backticks leaves the last part unmatched: show it as plain text.
  return (
    <>{parts.map((part, i) => (i % 2 === 1 && i < parts.length - 1 ? <code key={i}>{part}</code> : part))}</>
  )
}
