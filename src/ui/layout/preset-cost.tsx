import { presetAnswers, type Preset } from '../../domain/index.ts'
import { undoLastChange, useAnswers, type LastChange } from '../../state/answers-store.ts'
import { ChangeNote } from '../flow/change-note.tsx'

/** After a preset is applied: what it changed, with Undo, then what it is for and what it costs. */
export function PresetNote({ change, preset }: { change: LastChange; preset: Preset }) {
  return (
    <ChangeNote change={change} onUndo={undoLastChange}>
      <PresetCost preset={preset} />
    </ChangeNote>
  )
}

/** What the preset is for, what it sets that was already so, and what its answers cost in security. */
function PresetCost({ preset }: { preset: Preset }) {
  const lastChange = useAnswers((s) => s.lastChange)
  const sets = presetAnswers(preset)
  const unchanged = sets.filter((a) => !lastChange?.keys.includes(a.key))
  const risky = sets.filter((a) => a.security)
  return (
    <>
      <p className="preset-desc">{preset.description}</p>
      {unchanged.length > 0 && unchanged.length < sets.length ? (
        <p className="preset-sets">
          Already so: {unchanged.map((a) => `${a.question}: ${a.answer}`).join(' · ')}
        </p>
      ) : null}
      {risky.length > 0 ? (
        <>
          <p className="preset-cost-title">What it costs in security:</p>
          <ul>
            {risky.map((a) => (
              <li key={a.key} className="preset-security">
                ⚠ {a.question}: {a.answer}, {a.security}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="preset-sets">Security: none of its answers widens who can read the secrets.</p>
      )}
    </>
  )
}
