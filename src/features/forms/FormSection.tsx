import type { ReactNode } from 'react'

interface FormSectionProps {
  title: string
  /** Open when first shown; the user may fold it (a revealed field inside opens it again). */
  defaultOpen?: boolean
  actions?: ReactNode
  children: ReactNode
}

/** A foldable group of fields. */
export function FormSection({ title, defaultOpen = true, actions, children }: FormSectionProps) {
  return (
    <details className="form-section" open={defaultOpen}>
      <summary>
        <span className="form-section-title">{title}</span>
        {actions}
      </summary>
      <div className="form-section-body">{children}</div>
    </details>
  )
}
