import { Component, type ReactNode } from 'react'
import { forgetSavedImport } from '../../state/import-store.ts'
import { STORAGE_KEY } from '../../state/persistence.ts'
import { copyText } from '../common/clipboard.ts'

interface State {
  error?: Error
  copied: boolean
}

/**
 * If rendering fails, offer a way out instead of a blank page: keep the link, reload, or start over. The
 * saved import is forgotten at once (it may be what failed, and would fail again on every reload); the
 * answers are kept unless the user starts over.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { copied: false }

  static getDerivedStateFromError(error: Error): Partial<State> {
    forgetSavedImport()
    return { error }
  }

  private reload = () => {
    window.location.reload()
  }

  private copyLink = async () => {
    this.setState({ copied: await copyText(window.location.href) })
  }

  private reset = () => {
    try {
      localStorage.removeItem(STORAGE_KEY)
    } catch {
      // nothing saved to clear
    }
    window.location.replace(window.location.pathname)
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong on this page</h1>
        <p>
          Your answers are still in the address bar and in this browser; the imported manifests were let go,
          in case they caused it. Reload to go on with your answers, copy the link to keep them, or start
          over.
        </p>
        <p className="crash-detail">{this.state.error.message}</p>
        <button type="button" onClick={this.reload}>
          Reload with your answers
        </button>{' '}
        <button type="button" onClick={this.copyLink}>
          {this.state.copied ? 'Link copied' : 'Copy your link'}
        </button>{' '}
        <button type="button" onClick={this.reset}>
          Reset and start over
        </button>
      </main>
    )
  }
}
