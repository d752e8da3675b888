import { useRef } from 'react'
import type { Finding } from '../../core'
import { useFindings } from '../../store'
import { FindingItem } from './FindingItem'
import './problems.css'

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 }

function summarize(findings: Finding[]): string {
  if (findings.length === 0) return 'No problems'
  const count = (severity: Finding['severity'], word: string) => {
    const n = findings.filter((finding) => finding.severity === severity).length
    return n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`]
  }
  return [...count('error', 'error'), ...count('warning', 'warning'), ...count('info', 'note')].join(', ')
}

/** Every finding about the design (or the editor's parse errors), errors first. */
export function ProblemsPanel() {
  const findings = useFindings()
  // A quick fix removes its own button: focus goes to the heading rather than being lost to the page.
  const heading = useRef<HTMLHeadingElement>(null)
  const sorted = [...findings].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0),
  )
  return (
    <>
      <header className="region-header">
        <h2 ref={heading} tabIndex={-1}>
          Problems
        </h2>
        <span className="region-header-note">{summarize(findings)}</span>
      </header>
      {sorted.length === 0 ? (
        <p className="problems-empty">
          Nothing to fix: the cluster would accept this design and its pods get their DNS names.
        </p>
      ) : (
        <ul className="problems-list">
          {sorted.map((finding, index) => (
            <FindingItem
              key={`${finding.code}:${finding.path ?? ''}:${index}`}
              finding={finding}
              onFixed={() => heading.current?.focus()}
            />
          ))}
        </ul>
      )}
    </>
  )
}
