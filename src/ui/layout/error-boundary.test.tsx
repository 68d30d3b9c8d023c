// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { IMPORT_STORAGE_KEY } from '../../state/import-store.ts'
import { STORAGE_KEY } from '../../state/persistence.ts'
import { ErrorBoundary } from './error-boundary.tsx'

function Broken(): never {
  throw new Error('the files pane broke')
}

afterEach(cleanup)

describe('when rendering fails', () => {
  it('offers a way out instead of a blank page: copy the link, or reset', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined) // React reports the caught error
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    window.history.replaceState(null, '', '/#v=1&app=demo')
    localStorage.setItem(STORAGE_KEY, 'v=1&app=demo')
    localStorage.setItem(IMPORT_STORAGE_KEY, JSON.stringify({ v: 2, files: [{ name: 'a', text: 'x' }] }))

    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert').textContent).toContain('Your answers are still in the address bar')
    // The import that may have caused it is gone at once (it came back on every reload); the answers stay.
    expect(localStorage.getItem(IMPORT_STORAGE_KEY)).toBeNull()
    expect(localStorage.getItem(STORAGE_KEY)).toBe('v=1&app=demo')
    fireEvent.click(screen.getByRole('button', { name: 'Copy your link' }))
    expect(await screen.findByRole('button', { name: 'Link copied' })).toBeTruthy()
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('#v=1&app=demo'))

    const replace = vi.fn()
    Object.defineProperty(window, 'location', {
      value: { ...window.location, replace, pathname: '/' },
      configurable: true,
    })
    fireEvent.click(screen.getByRole('button', { name: 'Reset and start over' }))
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(replace).toHaveBeenCalledWith('/')
  })

  it('renders its children when nothing fails', () => {
    render(
      <ErrorBoundary>
        <p>all good</p>
      </ErrorBoundary>,
    )
    expect(screen.getByText('all good')).toBeTruthy()
  })
})
