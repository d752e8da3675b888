import type { Finding } from '../../core'
import { useActions } from '../../store'

/** Findings about the selected part, each with its quick fixes. */
export function FindingList({ findings }: { findings: Finding[] }) {
  const { applyQuickFix } = useActions()
  if (findings.length === 0) return null
  return (
    <ul className="inspector-findings" aria-label="Problems here">
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${index}`}
          className={`inspector-finding inspector-finding-${finding.severity}`}
        >
          <span className="inspector-finding-severity">{finding.severity}</span> {finding.message}
          {finding.fixes?.map((fix) => (
            <button
              key={fix.id}
              type="button"
              className="tool-button fix-button"
              onClick={() => applyQuickFix(fix)}
            >
              {fix.title}
            </button>
          ))}
        </li>
      ))}
    </ul>
  )
}
