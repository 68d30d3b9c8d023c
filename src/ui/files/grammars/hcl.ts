import type { HLJSApi, Language } from 'highlight.js'

/**
 * Terraform's HCL for highlight.js: highlight.js 11.12 ships no HCL grammar, and the one community package on
 * npm (@taga3s/highlightjs-terraform) is a one-author 1.0.7; this covers what the generated files use:
 * comments, block types and labels, attribute names, strings with `${...}`, numbers, literals.
 */
export default function hcl(hljs: HLJSApi): Language {
  const interpolation = { className: 'subst', begin: /\$\{/, end: /\}/, contains: [] as Language['contains'] }
  const string = {
    className: 'string',
    begin: /"/,
    end: /"/,
    contains: [hljs.BACKSLASH_ESCAPE, { begin: /\$\$\{/ }, interpolation],
  }
  return {
    name: 'HCL',
    aliases: ['terraform', 'tf'],
    keywords: { literal: ['true', 'false', 'null'], keyword: ['for', 'in', 'if'] },
    contains: [
      hljs.HASH_COMMENT_MODE,
      hljs.C_LINE_COMMENT_MODE,
      hljs.C_BLOCK_COMMENT_MODE,
      string,
      {
        className: 'keyword',
        begin: /^\s*(resource|data|variable|output|locals|module|provider|terraform|lifecycle)\b/,
      },
      { className: 'attr', begin: /\b[A-Za-z_][A-Za-z0-9_-]*(?=\s*=(?!=))/ },
      hljs.C_NUMBER_MODE,
    ],
  }
}
