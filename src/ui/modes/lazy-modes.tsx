import { lazy, Suspense } from 'react'

// Each mode other than Decide is its own chunk with its styles, loaded when the mode is first shown: the
// first screen's JavaScript stays that of Decide (the budget, scripts/bundle-budget.mjs).
const Migrate = lazy(() =>
  Promise.all([import('../import/import-panel.tsx'), import('../import/import.css')]).then(([m]) => ({
    default: m.ImportPanel,
  })),
)
const Troubleshoot = lazy(() =>
  Promise.all([import('../diagnose/diagnose-panel.tsx'), import('../diagnose/diagnose.css')]).then(
    ([m]) => m,
  ),
)

const loading = (
  <p role="status" className="mode-loading">
    Loading…
  </p>
)

export function MigrateMode() {
  return (
    <Suspense fallback={loading}>
      <Migrate />
    </Suspense>
  )
}

export function TroubleshootMode() {
  return (
    <Suspense fallback={loading}>
      <Troubleshoot />
    </Suspense>
  )
}
