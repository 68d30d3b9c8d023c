import { useMemo, useState, type ReactNode } from 'react'
import type { FileLanguage } from '../../domain/index.ts'
import { lazyModule } from '../../state/lazy-module.ts'
import { splitPlaceholders } from './placeholders.ts'

const highlighter = lazyModule(() => import('./highlight.ts').then((m) => m.highlight))

/** Long lines wrap by default where a line of YAML or a command would not fit: a phone's width. */
const NARROW = '(max-width: 600px)'
const wrapsByDefault = (): boolean =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia(NARROW).matches

/**
 * Above this many characters a text is shown plain: highlighting 600 KB of patched manifests took the page's
 * thread for a quarter of a second per 60 KB, on every answer changed with a large import open.
 */
const MAX_HIGHLIGHTED = 20_000

/**
 * A file's text; plain at first, highlighted once the highlighter has loaded (unless it is very long). It grows
 * with its text (the page is the one scroller), scrolls sideways only while long lines do not wrap, and has a
 * wrap toggle. `tools` go on the same line as the toggle (the file's name, copy, download).
 */
export function CodeBlock({
  code,
  language,
  labelledBy,
  tools,
}: {
  code: string
  language: FileLanguage
  labelledBy: string
  tools?: ReactNode
}) {
  const loaded = highlighter.useLoaded().value
  const highlight = code.length > MAX_HIGHLIGHTED ? undefined : loaded
  // Once per text: the import's patched view re-rendered on every keystroke in any answer, and highlighting
  // its 20 KB again each time held the page's thread with a large import open.
  const html = useMemo(() => highlight?.(code, language), [highlight, code, language])
  const [wrap, setWrap] = useState(wrapsByDefault)
  return (
    <>
      <div className="file-toolbar">
        {tools}
        <button type="button" className="wrap-toggle" aria-pressed={wrap} onClick={() => setWrap(!wrap)}>
          Wrap lines
        </button>
      </div>
      {/* Focusable so keyboard users can scroll it sideways while lines do not wrap. */}
      <pre className={wrap ? 'code wrap' : 'code'} role="region" tabIndex={0} aria-labelledby={labelledBy}>
        {html !== undefined ? (
          <code className="hljs" dangerouslySetInnerHTML={{ __html: html }} />
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
    </>
  )
}
