import { presetAnswers, type Preset } from '../../domain/index.ts'
import { useAnswers } from '../../state/answers-store.ts'

/** What the preset is for, what it sets that was already so, and what its answers cost in security. */
export function PresetCost({ preset }: { preset: Preset }) {
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
