// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DESCRIBE_TWO_FAILURES } from '../../domain/diagnose/fixtures/describe-pod.ts'
import { emptyAnswers } from '../../domain/index.ts'
import { useAnswers } from '../../state/answers-store.ts'
import DiagnosePanel from './diagnose-panel.tsx'

afterEach(cleanup)

describe('the "Something fails?" panel', () => {
  it('diagnoses pasted text, using the answers for names, and never writes the text to the answers', async () => {
    useAnswers.setState({ answers: { ...emptyAnswers(), kv: 'kv-from-answers' }, notices: [] })
    const before = useAnswers.getState().answers
    render(<DiagnosePanel />)
    const input = screen.getByLabelText('What Kubernetes printed')
    fireEvent.change(input, { target: { value: DESCRIBE_TWO_FAILURES } })
    expect(screen.queryAllByTestId('finding')).toHaveLength(0) // debounced: not on the keystroke itself
    expect(await screen.findAllByTestId('finding', {}, { timeout: 3000 })).toHaveLength(2)
    expect(screen.getByText('2 failures recognised, most likely cause first.')).toBeTruthy()
    expect(useAnswers.getState().answers).toBe(before)

    fireEvent.change(input, { target: { value: 'error: keyvaultName is not provided' } })
    const [finding] = await screen.findAllByText(/keyvaultName: "kv-from-answers"/, {}, { timeout: 3000 })
    expect(finding).toBeTruthy()

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Clear' })))
    expect(screen.queryAllByTestId('finding')).toHaveLength(0)
  })
})
