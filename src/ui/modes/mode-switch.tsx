import { MODE_LABEL, MODE_SHORT, MODES, setMode, useMode, type Mode } from './mode.ts'

/**
 * The three entries as one segmented radio group: native radios, so the group is one Tab stop and the arrow
 * keys move and show as a browser's radios do, with nothing to script. Not tabs: the page's tab lists are the
 * files' and the import's views, and a mode changes the whole page below.
 */
export function ModeSwitch() {
  const mode = useMode((s) => s.mode)
  return (
    <fieldset className="modes">
      <legend>What do you want to do?</legend>
      {MODES.map((m) => (
        <label key={m} className="mode" data-selected={m === mode || undefined}>
          <input
            type="radio"
            name="mode"
            value={m}
            checked={m === mode}
            onChange={(e) => setMode(e.target.value as Mode)}
          />
          {MODE_SHORT[m]}
          {MODE_LABEL[m] !== MODE_SHORT[m] ? (
            <span className="mode-long">{MODE_LABEL[m].slice(MODE_SHORT[m].length)}</span>
          ) : null}
        </label>
      ))}
    </fieldset>
  )
}
