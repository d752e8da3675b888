import { useEffect } from 'react'
import { studioStore, useStudio } from '../store'

const THEME_KEY = 'statefulset-studio:theme'

/** Puts the chosen theme on <html data-theme> (app.css reads it) and remembers the choice in this browser. */
export function useThemeAttribute(): void {
  const theme = useStudio((state) => state.theme)
  useEffect(() => {
    try {
      const saved = localStorage.getItem(THEME_KEY)
      if (saved === 'light' || saved === 'dark') studioStore.getState().setTheme(saved)
    } catch {
      // No storage: follow the system.
    }
  }, [])
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
    try {
      localStorage.setItem(THEME_KEY, theme)
    } catch {
      // Not saved: the choice lasts for this visit.
    }
  }, [theme])
}
