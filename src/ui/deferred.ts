/**
 * What the page shows only after the first screen or a user's action, in one chunk loaded after the first
 * paint: the "Something fails?" panel, an import's result views, the input a "Finish" value opens, the
 * notes after a preset or a lever is applied, and the banner over the last good files. One chunk, not one each: every chunk
 * loaded on demand that shares React with the first screen made the bundler split React and the domain out
 * of the first-screen script, which cost more than it saved (npm run budget).
 */
export { default as DiagnosePanel } from './diagnose/diagnose-panel.tsx'
export { ImportResult } from './import/import-result.tsx'
export { FinishInput } from './files/finish-input.tsx'
export { PresetNote } from './layout/preset-cost.tsx'
export { ChangeNote } from './flow/change-note.tsx'
export { StaleBanner } from './flow/stale-banner.tsx'
