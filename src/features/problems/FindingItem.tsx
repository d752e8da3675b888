import { useState } from 'react'
import type { Finding } from '../../core'
import { studioStore, useDesignLint } from '../../store'
import { lazyPart } from '../common/lazyPart'
import { SeverityIcon } from './SeverityIcon'

// The rules' background texts (about 1.6 KB gzip) load when the pointer or focus reaches a "Why this
// matters", so the first paint does not carry them.
const ruleBackground = lazyPart(() => import('./RuleBackground').then((module) => module.default))
const preloadBackground = () => void ruleBackground.preload()

function describePlace(finding: Finding): string {
  if (finding.line) return `Line ${finding.line}`
  return finding.path ? 'Show' : ''
}

/** One finding: severity, code, message, where it is (click to go there) and its quick fixes. */
export function FindingItem({ finding, onFixed }: { finding: Finding; onFixed?: () => void }) {
  const title = useDesignLint()?.ruleTitle(finding.code)
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
          {title && <span className="finding-title">{title}</span>}
          {place && (
            <button type="button" className="button button-quiet button-small finding-place" onClick={reveal}>
              {place}
            </button>
          )}
        </div>
        <p className="finding-message">{finding.message}</p>
        {title && (
          // The rule's background, folded away: the message says what to do; this says why the rule exists.
          // Its text is rendered once opened: a large import lists 200 findings, which few people unfold.
          <details className="finding-why" onToggle={(event) => setWhyOpen(event.currentTarget.open)}>
            <summary onPointerEnter={preloadBackground} onFocus={preloadBackground}>
              Why this matters
            </summary>
            {whyOpen && <ruleBackground.Part code={finding.code} fallback={<p>Loading…</p>} />}
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
