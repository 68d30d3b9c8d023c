import { useState, type ReactNode } from 'react'

interface Props {
  id: string
  title: string
  /** What the disclosure holds, beside its title. */
  note: string
  /** Opens the disclosure (never closes it): it holds an answer from a link, or a problem to fix. */
  reveal: boolean
  children: ReactNode
}

/** A card of the form folded under a disclosure ("Advanced"), opened by hand or when it holds something. */
export function FoldedGroup({ id, title, note, reveal, children }: Props) {
  const [open, setOpen] = useState(reveal)
  // Adjusted while rendering, not in an effect (react.dev, "you might not need an effect").
  const [revealed, setRevealed] = useState(reveal)
  if (reveal !== revealed) {
    setRevealed(reveal)
    if (reveal) setOpen(true)
  }
  return (
    <details className="card advanced" id={id} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="summary-title">{title}</span> <span className="summary-note">{note}</span>
      </summary>
      {children}
    </details>
  )
}
