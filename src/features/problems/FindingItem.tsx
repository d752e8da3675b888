import { useState } from 'react'
import { describeRule } from '../../core'
import type { Finding } from '../../core'
import { studioStore } from '../../store'
import { SeverityIcon } from './SeverityIcon'

function describePlace(finding: Finding): string {
  if (finding.line) return `Line ${finding.line}`
  return finding.path ? 'Show' : ''
}

/** One finding: severity, code, message, where it is (click to go there) and its quick fixes. */
export function FindingItem({ finding, onFixed }: { finding: Finding; onFixed?: () => void }) {
  const rule = describeRule(finding.code)
  const [whyOpen, setWhyOpen] = useState(false)
  const place = describePlace(finding)
  const reveal = () => {
    if (finding.path) studioStore.getState().revealPlace(finding.path, finding.line)
    else if (finding.line) studioStore.getState().revealPlace('', finding.line)
  }
  return (
    <li className={`finding finding-${finding.severity}`}>
      <SeverityIcon severity={finding.severity} />
      <div className="finding-body">
        <div className="finding-heading">
          <code className="finding-code">{finding.code}</code>
          {rule && <span className="finding-title">{rule.title}</span>}
          {place && (
            <button type="button" className="button button-quiet button-small finding-place" onClick={reveal}>
              {place}
            </button>
          )}
        </div>
        <p className="finding-message">{finding.message}</p>
        {rule && (
          // The rule's background, folded away: the message says what to do; this says why the rule exists.
          // Its text is rendered once opened: a large import lists 200 findings, which few people unfold.
          <details className="finding-why" onToggle={(event) => setWhyOpen(event.currentTarget.open)}>
            <summary>Why this matters</summary>
            {whyOpen && (
              <p>
                {rule.why}{' '}
                <a href={rule.docs} target="_blank" rel="noreferrer">
                  Kubernetes documentation
                </a>
              </p>
            )}
          </details>
        )}
        {finding.fixes && finding.fixes.length > 0 && (
          <div className="finding-fixes">
            {finding.fixes.map((fix) => (
              <button
                key={fix.id}
                type="button"
                className="button button-small button-primary"
                onClick={() => {
                  studioStore.getState().applyQuickFix(fix)
                  onFixed?.()
                }}
              >
                {fix.title}
              </button>
            ))}
          </div>
        )}
      </div>
    </li>
  )
}
