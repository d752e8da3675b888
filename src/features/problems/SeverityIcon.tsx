import type { Finding } from '../../core'

const LABEL: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info' }

/** A shape per severity (not colour alone): a filled circle with "!", a triangle, an "i". */
export function SeverityIcon({ severity }: { severity: Finding['severity'] }) {
  return (
    <svg
      className={`severity-icon severity-${severity}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      role="img"
      aria-label={LABEL[severity]}
    >
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M8 4v5M8 11.2v.6" stroke="var(--panel)" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.5 15 14H1z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 6v4M8 12v.4" stroke="var(--panel)" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 7v4.5M8 4.6v.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
    </svg>
  )
}
