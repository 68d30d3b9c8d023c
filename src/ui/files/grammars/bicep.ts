import type { HLJSApi, Language } from 'highlight.js'

/**
 * Bicep for highlight.js: no grammar exists in highlight.js 11.12 or on npm (`highlightjs-bicep` is not
 * published). Covers what the generated files use: comments, keywords, decorators, property names,
 * single-quoted strings with `${...}`, numbers, literals.
 */
export default function bicep(hljs: HLJSApi): Language {
  const interpolation = { className: 'subst', begin: /\$\{/, end: /\}/ }
  return {
    name: 'Bicep',
    keywords: {
      keyword: [
        'param',
        'var',
        'resource',
        'module',
        'output',
        'existing',
        'for',
        'in',
        'if',
        'using',
        'targetScope',
        'type',
        'import',
      ],
      literal: ['true', 'false', 'null'],
      type: ['string', 'bool', 'int', 'array', 'object'],
    },
    contains: [
      hljs.C_LINE_COMMENT_MODE,
      hljs.C_BLOCK_COMMENT_MODE,
      { className: 'string', begin: /'/, end: /'/, contains: [hljs.BACKSLASH_ESCAPE, interpolation] },
      { className: 'meta', begin: /@[A-Za-z]+/ },
      { className: 'attr', begin: /\b[A-Za-z_][A-Za-z0-9_]*(?=\s*:)/ },
      hljs.C_NUMBER_MODE,
    ],
  }
}
