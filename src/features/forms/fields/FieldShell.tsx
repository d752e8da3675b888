import type { ReactNode } from 'react'

interface FieldShellProps {
  id: string
  label: string
  error: string | null
  hint?: string | undefined
  className?: string | undefined
  children: ReactNode
}

/** Label, control, then the message: an error replaces the hint and is what the control is described by. */
export function FieldShell({ id, label, error, hint, className, children }: FieldShellProps) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-message`} className="field-error">
          {label} {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-message`} className="field-hint">
            {hint}
          </p>
        )
      )}
    </div>
  )
}
