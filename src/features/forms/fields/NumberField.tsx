import { TextField } from './TextField'

interface NumberFieldProps {
  label: string
  /** undefined: the field is not set (its Kubernetes default applies). */
  value: number | undefined
  onCommit(value: number | undefined): void
  min: number
  max: number
  /** Empty text removes the field instead of being an error. */
  optional?: boolean
  pointer?: string
  hint?: string
  placeholder?: string
}

/** A whole-number field; typed text is checked against the range before it reaches the design. */
export function NumberField({
  label,
  value,
  onCommit,
  min,
  max,
  optional,
  pointer,
  hint,
  placeholder,
}: NumberFieldProps) {
  const validateNumber = (text: string) => {
    const trimmed = text.trim()
    if (trimmed === '') return optional ? null : 'must not be empty'
    if (!/^\d+$/.test(trimmed)) return `must be a whole number from ${min} to ${max}`
    const number = Number(trimmed)
    return number < min || number > max ? `must be from ${min} to ${max}` : null
  }
  return (
    <TextField
      label={label}
      value={value === undefined ? '' : String(value)}
      validate={validateNumber}
      onCommit={(text) => onCommit(text.trim() === '' ? undefined : Number(text.trim()))}
      pointer={pointer}
      hint={hint}
      placeholder={placeholder}
      inputMode="numeric"
      className="field-number"
    />
  )
}
