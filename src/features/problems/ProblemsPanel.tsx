import { useMemo, useRef, useState } from 'react'
import type { Finding } from '../../core'
import { useFindings, useFindingsState } from '../../store'
import { FindingItem } from './FindingItem'
import './problems.css'

/** Findings listed before "Show all": a file of thousands of documents must not render thousands of rows at once. */
export const LISTED_FINDINGS = 200

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 }

/** What the list's empty state says: found nothing, still checking, or the checks could not load. */
const EMPTY = {
  checked: [
    'No problems',
    'Nothing to fix: the cluster would accept this design and its pods get their DNS names.',
  ],
  checking: ['Checking…', 'Checking the design…'],
  failed: [
    'Not checked',
    'The design checks could not be loaded, so nothing here says whether the cluster would accept this design. Reload the page to check it.',
  ],
} as const

function summarize(findings: Finding[], state: keyof typeof EMPTY): string {
  if (findings.length === 0) return EMPTY[state][0]
  const count = (severity: Finding['severity'], word: string) => {
    const n = findings.filter((finding) => finding.severity === severity).length
    return n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`]
  }
  return [...count('error', 'error'), ...count('warning', 'warning'), ...count('info', 'note')].join(', ')
}

/** Every finding about the design (or the editor's parse errors), errors first. */
export function ProblemsPanel() {
  const findings = useFindings()
  const state = useFindingsState()
  // A quick fix removes its own button: focus goes to the heading rather than being lost to the page.
  const heading = useRef<HTMLHeadingElement>(null)
  const [showAll, setShowAll] = useState(false)
  const sorted = useMemo(
    () =>
      [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0)),
    [findings],
  )
  const listed = showAll ? sorted : sorted.slice(0, LISTED_FINDINGS)
  return (
    <>
      <header className="region-header">
        <h2 ref={heading} tabIndex={-1}>
          Problems
        </h2>
        <span className="region-header-note">{summarize(findings, state)}</span>
      </header>
      {sorted.length === 0 ? (
        <p className="problems-empty">{EMPTY[state][1]}</p>
      ) : (
        <>
          <ul className="problems-list">
            {listed.map((finding, index) => (
              <FindingItem
                key={`${finding.code}:${finding.path ?? ''}:${index}`}
                finding={finding}
                onFixed={() => heading.current?.focus()}
              />
            ))}
          </ul>
          {listed.length < sorted.length && (
            <p className="problems-more">
              <button type="button" onClick={() => setShowAll(true)}>
                Show all {sorted.length.toLocaleString('en')} problems
              </button>{' '}
              ({(sorted.length - listed.length).toLocaleString('en')} more, errors first above)
            </p>
          )}
        </>
      )}
    </>
  )
}
