/**
 * A local ESLint rule: no import cycle that passes through a type-only import. import-x/no-cycle always skips
 * `import type` (it leaves nothing at run time), but such a cycle still ties two modules into one, as
 * akv2k8s/cleanup.ts ↔ convert.ts did. Value-only cycles are import-x/no-cycle's; this reports the others.
 *
 * The graph is read from the relative imports of the linted folder's files (re-read when a file changes), so
 * the rule needs no type information and stays fast.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

// `import … from './x.ts'`, `export … from './x.ts'`, `import './x.ts'`; the clause decides type-only.
const IMPORT =
  /^\s*(?:import|export)\s+([^;'"]*?)\s*from\s*['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm

const isTypeOnly = (clause) => {
  if (/^type\s/.test(clause)) return true
  const braces = /^\{([^}]*)\}$/.exec(clause.trim())
  if (braces === null) return false
  const names = braces[1]
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  return names.length > 0 && names.every((name) => name.startsWith('type '))
}

/** file → { mtime, edges: [{ to, type }] } */
const cache = new Map()

function edgesOf(file) {
  const stat = statSync(file)
  const mtime = `${stat.mtimeMs}:${stat.size}`
  const known = cache.get(file)
  if (known !== undefined && known.mtime === mtime) return known.edges
  const edges = []
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const target = m[2] ?? m[3]
    edges.push({ to: resolve(dirname(file), target), type: m[3] === undefined && isTypeOnly(m[1]) })
  }
  cache.set(file, { mtime, edges })
  return edges
}

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : /\.ts$/.test(d.name) && !/\.(test|bench)\.ts$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  )

/** A path of imports from `start` back to it with at least one type-only edge, or undefined. */
function typeCycleThrough(start, files) {
  const seen = new Set()
  const walk = (file, path, typed) => {
    for (const edge of files.has(file) ? edgesOf(file) : []) {
      const nextTyped = typed || edge.type
      if (edge.to === start) {
        if (nextTyped) return [...path, edge.to]
        continue
      }
      const key = `${edge.to}|${nextTyped}`
      if (seen.has(key) || !files.has(edge.to)) continue
      seen.add(key)
      const found = walk(edge.to, [...path, edge.to], nextTyped)
      if (found) return found
    }
    return undefined
  }
  return walk(start, [start], false)
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycle through a type-only import (import-x/no-cycle skips those).' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      cycle: 'Import cycle through a type-only import: {{path}}. Move the shared type to a file both import.',
    },
  },
  create(context) {
    const root = resolve(context.cwd, context.options[0]?.root ?? 'src')
    return {
      Program(node) {
        const files = new Set(sourceFiles(root))
        const cycle = typeCycleThrough(resolve(context.filename), files)
        if (cycle) {
          const path = cycle.map((f) => relative(root, f)).join(' → ')
          context.report({ node, messageId: 'cycle', data: { path } })
        }
      },
    }
  },
}
