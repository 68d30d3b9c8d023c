/**
 * What the page shows only after the first screen or a user's action, in one chunk loaded after the first
 * paint: the "Something fails?" panel, the input a "Finish" value opens, the notes after a preset or a
 * lever is applied, and the banner over the last good files. Small pieces, so one request for them all;
 * each stays out of the first-screen script (npm run budget).
 */
export { default as DiagnosePanel } from './diagnose/diagnose-panel.tsx'
export { FinishInput } from './files/finish-input.tsx'
export { PresetNote } from './layout/preset-cost.tsx'
export { ChangeNote } from './flow/change-note.tsx'
export { StaleBanner } from './flow/stale-banner.tsx'
