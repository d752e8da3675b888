import { useId } from 'react'
import { FieldShell } from './FieldShell'
import { useDraftText } from './useDraftText'
import type { Validate } from '../validation'

export interface TextFieldProps {
  label: string
  value: string
  /** Called with text that passed `validate` only. */
  onCommit(value: string): void
  validate?: Validate | undefined
  /** Design pointer of the field, so a clicked problem can focus it. */
  pointer?: string | undefined
  hint?: string | undefined
  placeholder?: string | undefined
  /** id of a <datalist> with suggestions. */
  list?: string | undefined
  inputMode?: 'numeric' | 'text' | undefined
  className?: string | undefined
}

/** A text input validated as the user types; only valid text reaches the design. */
export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, validate, pointer, hint, placeholder, list, inputMode, className } = props
  const id = useId()
  const [text, setText] = useDraftText(value)
  const error = validate?.(text) ?? null
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} className={className}>
      <input
        id={id}
        type="text"
        value={text}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        list={list}
        inputMode={inputMode}
        data-pointer={pointer}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-message` : undefined}
        onChange={(event) => {
          const next = event.target.value
          setText(next)
          if (!validate?.(next) && next !== value) onCommit(next)
        }}
      />
    </FieldShell>
  )
}
