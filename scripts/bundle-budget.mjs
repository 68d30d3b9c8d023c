// Bundle budget: the JavaScript the first screen needs (the entry script and every chunk index.html
// preloads) must stay under 100 KB gzipped. Chunks loaded on demand are reported but not counted.
// Run after `npm run build`.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 100 * 1024
const dist = 'dist'
if (!existsSync(join(dist, 'index.html'))) {
  console.error('bundle-budget: dist/index.html not found; run `npm run build` first')
  process.exit(1)
}
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const all = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`)

let initialBytes = 0
for (const file of all) {
  const size = gz(file)
  const first = initial.has(file)
  if (first) initialBytes += size
  console.log(
    `${first ? 'first screen' : 'on demand   '}  ${(size / 1024).toFixed(1).padStart(7)} KB gz  ${file}`,
  )
}
const kb = (initialBytes / 1024).toFixed(1)
console.log(`first-screen JavaScript: ${kb} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`)
if (initialBytes > BUDGET_BYTES) {
  console.error(`bundle-budget: over budget by ${((initialBytes - BUDGET_BYTES) / 1024).toFixed(1)} KB`)
  process.exit(1)
}
