import { useEffect, useRef } from 'react'
import { PRESETS, presetAnswers } from '../../domain/index.ts'
import { choosePreset, undoLastChange, useAnswers } from '../../state/answers-store.ts'
import { ChangeNote } from '../flow/change-note.tsx'

/**
 * Starting points that set many answers at once. Each card lists every answer it sets, the ones that
 * widen who can read the secrets called out, so none is set quietly; after one is applied, what it changed
 * is said right here (and highlighted on the questions), with an undo.
 */
export function Presets() {
  const lastChange = useAnswers((s) => s.lastChange)
  const note = useRef<HTMLDivElement>(null)
  // On a phone the cards fill the screen: bring what the tap changed into view.
  useEffect(() => {
    if (lastChange?.source === 'preset') note.current?.scrollIntoView({ block: 'nearest' })
  }, [lastChange])
  return (
    <nav className="presets" aria-label="Presets">
      <p className="presets-label">Start from a preset (you can change any answer afterwards):</p>
      <ul className="preset-list">
        {PRESETS.map((p) => {
          const answers = presetAnswers(p)
          const risky = answers.filter((a) => a.security)
          return (
            <li key={p.id}>
              <button type="button" className="preset" onClick={() => choosePreset(p)}>
                <span className="preset-title">{p.title}</span>
                <span className="preset-desc">{p.description}</span>
                <span className="preset-sets">
                  Sets {answers.map((a) => `${a.question}: ${a.answer}`).join(' · ')}
                </span>
                {risky.map((a) => (
                  <span key={a.key} className="preset-security">
                    ⚠ {a.question}: {a.answer}, {a.security}
                  </span>
                ))}
              </button>
            </li>
          )
        })}
      </ul>
      {lastChange?.source === 'preset' ? (
        <div ref={note}>
          <ChangeNote change={lastChange} onUndo={undoLastChange} />
        </div>
      ) : null}
    </nav>
  )
}
