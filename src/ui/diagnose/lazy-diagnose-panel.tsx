import { lazy, Suspense } from 'react'

const Panel = lazy(() => import('./diagnose-panel.tsx'))

/** The "Something fails?" section, fetched after the first screen (it is below the files). */
export function DiagnoseSection() {
  return (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  )
}
