import { lazy, Suspense } from 'react'

// The panel and its styles load together, after the first screen (the section sits below the files).
const Panel = lazy(() =>
  Promise.all([import('./diagnose-panel.tsx'), import('./diagnose.css')]).then(([m]) => m),
)

/** The "Something fails?" section. */
export function DiagnoseSection() {
  return (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  )
}
