import type { FileLanguage } from '../../domain/index.ts'
import { lazyModule } from '../../state/lazy-module.ts'
import { splitPlaceholders } from './placeholders.ts'

const highlighter = lazyModule(() => import('./highlight.ts').then((m) => m.highlight))

/**
 * Above this many characters a text is shown plain: highlighting 600 KB of patched manifests took the page's
 * thread for a quarter of a second per 60 KB, on every answer changed with a large import open.
 */
const MAX_HIGHLIGHTED = 20_000

/** A file's text; plain at first, highlighted once the highlighter has loaded (unless it is very long). */
export function CodeBlock({
  code,
  language,
  labelledBy,
}: {
  code: string
  language: FileLanguage
  labelledBy: string
}) {
  const loaded = highlighter.useLoaded().value
  const highlight = code.length > MAX_HIGHLIGHTED ? undefined : loaded
  return (
    // A scrollable region must be focusable so keyboard users can scroll it.
    <pre className="code" role="region" tabIndex={0} aria-labelledby={labelledBy}>
      {highlight ? (
        <code className="hljs" dangerouslySetInnerHTML={{ __html: highlight(code, language) }} />
      ) : (
        <code>
          {splitPlaceholders(code).map((part, i) =>
            part.placeholder ? (
              <mark key={i} className="placeholder" title="still to fill in">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </code>
      )}
    </pre>
  )
}
