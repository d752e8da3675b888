import { PRESETS } from '../../core'

interface PresetChoicesProps {
  onChoose(yaml: string): void
  /** Focus the first preset when shown: the menu opened before this chunk arrived focused what it had. */
  focusFirst?: boolean
}

/** The presets of the New design menu, one item each (a lazy chunk: see NewDesignMenu). */
export default function PresetChoices({ onChoose, focusFirst = false }: PresetChoicesProps) {
  return (
    <>
      {PRESETS.map((preset, index) => (
        <li key={preset.id}>
          <button
            type="button"
            data-choice
            className="menu-item"
            // The user opened the menu: focus belongs in it, on its first choice.
            autoFocus={focusFirst && index === 0}
            onClick={() => onChoose(preset.yaml)}
          >
            <span className="menu-item-title">{preset.title}</span>
            <span className="menu-item-description">{preset.description}</span>
          </button>
        </li>
      ))}
    </>
  )
}
