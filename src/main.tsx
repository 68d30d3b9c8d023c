import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startPersistence } from './state/persistence.ts'
import { generator } from './state/use-engine.ts'
import { App } from './ui/app.tsx'
import { ErrorBoundary } from './ui/layout/error-boundary.tsx'
import './ui/styles.css'

startPersistence()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  )
}

// The files pane needs the generator at once; fetch its chunk in parallel with the first render.
generator.load().catch(() => undefined) // a chunk that cannot load leaves only the files pane waiting
