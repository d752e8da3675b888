import { useId } from 'react'

interface CheckboxFieldProps {
  label: string
  checked: boolean
  onChange(checked: boolean): void
  pointer?: string
  hint?: string
}

/** An on/off field with its explanation underneath. */
export function CheckboxField({ label, checked, onChange, pointer, hint }: CheckboxFieldProps) {
  const id = useId()
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        data-pointer={pointer}
        aria-describedby={hint ? `${id}-message` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-message`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
