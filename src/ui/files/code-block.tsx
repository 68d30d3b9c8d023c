import { useEffect, useState } from 'react'
import type { FileLanguage } from '../../domain/generate/types.ts'

type Highlighter = (code: string, language: FileLanguage) => string
let highlighter: Highlighter | undefined

/** A file's text; plain at first, highlighted once the highlighter has loaded. */
export function CodeBlock({
  code,
  language,
  labelledBy,
}: {
  code: string
  language: FileLanguage
  labelledBy: string
}) {
  const [ready, setReady] = useState(highlighter !== undefined)
  useEffect(() => {
    if (ready) return
    let live = true
    import('./highlight.ts').then(
      (m) => {
        highlighter = m.highlight
        if (live) setReady(true)
      },
      () => undefined, // offline without the chunk cached: plain text is still correct
    )
    return () => {
      live = false
    }
  }, [ready])
  return (
    // A scrollable region must be focusable so keyboard users can scroll it.
    <pre className="code" role="region" tabIndex={0} aria-labelledby={labelledBy}>
      {highlighter ? (
        <code className="hljs" dangerouslySetInnerHTML={{ __html: highlighter(code, language) }} />
      ) : (
        <code>{code}</code>
      )}
    </pre>
  )
}
