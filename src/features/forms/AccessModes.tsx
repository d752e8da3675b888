import { studioStore, useField } from '../../store'
import { asItems } from './listItems'

const MODES = [
  { value: 'ReadWriteOnce', label: 'ReadWriteOnce (one node)' },
  { value: 'ReadOnlyMany', label: 'ReadOnlyMany' },
  { value: 'ReadWriteMany', label: 'ReadWriteMany' },
  { value: 'ReadWriteOncePod', label: 'ReadWriteOncePod (one pod)' },
]

/** The access modes of a claim template, as a group of checkboxes. */
export function AccessModes({ pointer }: { pointer: string }) {
  const modes = asItems(useField(pointer)).filter((mode): mode is string => typeof mode === 'string')
  const toggle = (mode: string, on: boolean) => {
    const next = on ? [...modes, mode] : modes.filter((item) => item !== mode)
    studioStore.getState().editField(pointer, next.length > 0 ? next : undefined)
  }
  return (
    <fieldset className="checkbox-group" data-pointer={pointer}>
      <legend>Access modes</legend>
      {MODES.map((mode) => (
        <label key={mode.value} className="checkbox-inline">
          <input
            type="checkbox"
            checked={modes.includes(mode.value)}
            onChange={(event) => toggle(mode.value, event.target.checked)}
          />
          {mode.label}
        </label>
      ))}
    </fieldset>
  )
}
