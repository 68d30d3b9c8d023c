import { useEffect, useState, type ReactNode } from 'react'
import { useAnswers } from '../../state/answers-store.ts'

const PHONE = '(max-width: 600px)'

/**
 * Step 1 on a phone. Opened from a link (or saved answers) that already answers what decides the option,
 * the answers fold to one line so the result, step 2, is on the first screens (issue 18: the recommendation
 * within 1.5 phone screens of a shared link); an empty page opens them. Wider screens always show them:
 * the summary line is a phone's only, and widening the window opens them. A field a message points to
 * opens them too (focusField opens the `details` around its target).
 */
export function AnswersStep({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(() => {
    const { code, reads, copy } = useAnswers.getState().answers
    return !window.matchMedia(PHONE).matches || !code || !reads || !copy
  })
  useEffect(() => {
    const phone = window.matchMedia(PHONE)
    const widened = () => {
      if (!phone.matches) setOpen(true)
    }
    phone.addEventListener('change', widened)
    return () => phone.removeEventListener('change', widened)
  }, [])
  // How many questions the answers hold (the objects count as one), for the folded line.
  const given = useAnswers(
    ({ answers }) =>
      Object.entries(answers).filter(([key, v]) => (key === 'objects' ? answers.objects.length > 0 : v))
        .length,
  )
  return (
    <details className="answers-step" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="step">Step 1 · Your answers</h2>
        <span className="answers-step-note">{open ? 'Fold' : `${given} given · change`}</span>
      </summary>
      {children}
    </details>
  )
}
