import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { PRESETS, presetSelected, type Preset } from '../../domain/index.ts'
import { choosePreset, useAnswers } from '../../state/answers-store.ts'

// The note comes after a tap: with the chunk loaded after the first paint (ui/deferred.ts).
const PresetNote = lazy(() => import('../deferred.ts').then((m) => ({ default: m.PresetNote })))

/**
 * Starting points that set many answers at once, as one row of compact toggle buttons: the one whose
 * answers the page holds is pressed. What a preset is for, every answer it sets and what those cost in
 * security are said after it is applied, in the change note (with Undo), not on the button (issue 18).
 */
export function Presets() {
  const answers = useAnswers((s) => s.answers)
  const lastChange = useAnswers((s) => s.lastChange)
  const [applied, setApplied] = useState<Preset | undefined>(undefined)
  const note = useRef<HTMLDivElement>(null)
  // On a phone the note may sit below the fold: bring what the tap changed into view.
  useEffect(() => {
    if (lastChange?.source === 'preset') note.current?.scrollIntoView({ block: 'nearest' })
  }, [lastChange])
  return (
    <nav className="presets" aria-label="Presets">
      <span className="presets-label" id="presets-label">
        Start from:
      </span>
      <ul className="preset-list" aria-labelledby="presets-label">
        {PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="preset"
              aria-pressed={presetSelected(answers, p)}
              onClick={() => {
                setApplied(p)
                choosePreset(p)
              }}
            >
              <PresetTitle preset={p} />
            </button>
          </li>
        ))}
      </ul>
      {lastChange?.source === 'preset' && applied ? (
        <div ref={note}>
          <Suspense fallback={null}>
            <PresetNote change={lastChange} preset={applied} />
          </Suspense>
        </div>
      ) : null}
    </nav>
  )
}

/** The title, its short part shown on a phone and the rest kept for the button's name (hidden there). */
function PresetTitle({ preset }: { preset: Preset }) {
  const at = preset.title.indexOf(preset.short)
  const before = preset.title.slice(0, at)
  const after = preset.title.slice(at + preset.short.length)
  return (
    <>
      {before ? <span className="preset-more">{before}</span> : null}
      <span className="preset-short">{preset.short}</span>
      {after ? <span className="preset-more">{after}</span> : null}
    </>
  )
}
