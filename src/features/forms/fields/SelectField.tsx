import { useId } from 'react'
import { FieldShell } from './FieldShell'

interface SelectFieldProps<T extends string> {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange(value: T): void
  pointer?: string
  hint?: string
}

/** A choice among fixed values (enums of the Kubernetes API). */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  pointer,
  hint,
}: SelectFieldProps<T>) {
  const id = useId()
  return (
    <FieldShell id={id} label={label} error={null} hint={hint}>
      <select
        id={id}
        value={value}
        data-pointer={pointer}
        aria-describedby={hint ? `${id}-message` : undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}
