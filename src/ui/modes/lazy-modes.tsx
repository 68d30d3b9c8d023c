import { lazy, Suspense } from 'react'

// Each mode other than Decide is a chunk with its styles, loaded when first shown (the same chunks Decide's
// folded sections load): the first screen's JavaScript stays that of Decide (scripts/bundle-budget.mjs).
const Migrate = lazy(() =>
  Promise.all([import('../import/import-work-panel.tsx'), import('../import/import.css')]).then(([m]) => ({
    default: m.ImportWorkPanel,
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
      <Migrate wide />
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
