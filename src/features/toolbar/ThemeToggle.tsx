import { studioStore, useStudio } from '../../store'
import type { StudioState } from '../../store'

const NEXT: Record<StudioState['theme'], StudioState['theme']> = {
  system: 'light',
  light: 'dark',
  dark: 'system',
}
const LABEL: Record<StudioState['theme'], string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** Cycles System → Light → Dark; "System" follows the operating system's setting. */
export function ThemeToggle() {
  const theme = useStudio((state) => state.theme)
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => studioStore.getState().setTheme(NEXT[theme])}
      title={`Colour theme: ${LABEL[theme]}. Click for ${LABEL[NEXT[theme]]}.`}
    >
      Theme: {LABEL[theme]}
    </button>
  )
}
