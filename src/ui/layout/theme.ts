import { useEffect, useState } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'akv-wizard:theme'

/** A theme from a select or from storage; anything else means following the system. */
export const parseTheme = (v: string | null): ThemeChoice => (v === 'light' || v === 'dark' ? v : 'system')

function saved(): ThemeChoice {
  try {
    return parseTheme(localStorage.getItem(KEY))
  } catch {
    return 'system'
  }
}

/** Light or dark: follows the system until the user picks one. A display preference, not an answer. */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [theme, setTheme] = useState<ThemeChoice>(saved)
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') root.removeAttribute('data-theme')
    else root.setAttribute('data-theme', theme)
    try {
      if (theme === 'system') localStorage.removeItem(KEY)
      else localStorage.setItem(KEY, theme)
    } catch {
      // storage disabled: the choice lasts for this visit
    }
  }, [theme])
  return [theme, setTheme]
}
