import { resetAnswers, undoReset, useAnswers } from '../../state/answers-store.ts'
import { ModeSwitch } from '../modes/mode-switch.tsx'
import { parseTheme, useTheme } from './theme.ts'

export function Header() {
  const [theme, setTheme] = useTheme()
  const canUndo = useAnswers((s) => s.beforeReset !== undefined)
  return (
    <header className="header">
      <div className="brand">
        <h1>akv-wizard</h1>
        <p>How should your AKS app get its secrets from Azure Key Vault? Answer, compare, take the YAML.</p>
      </div>
      <ModeSwitch />
      <div className="header-tools">
        <div className="field theme-field">
          <label htmlFor="f-theme">Theme</label>
          <select id="f-theme" value={theme} onChange={(e) => setTheme(parseTheme(e.target.value))}>
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        {canUndo ? (
          <button type="button" onClick={undoReset}>
            Undo reset
          </button>
        ) : (
          <button type="button" onClick={resetAnswers}>
            Reset answers
          </button>
        )}
      </div>
    </header>
  )
}
