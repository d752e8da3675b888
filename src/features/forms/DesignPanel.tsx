import { memo, useRef } from 'react'
import { lazyPart } from '../common/lazyPart'
import { ResourcePicker } from './ResourcePicker'
import { ServiceForm } from './ServiceForm'
import { StatefulSetForm } from './StatefulSetForm'
import { useActiveResource } from './useActiveResource'
import { useRevealFocus } from './useRevealFocus'
import './forms.css'

// Memoised on their `pointer`: a keystroke changes the design, and so the resource list this panel reads,
// but each field reads its own value from the store. Without this, every keystroke re-rendered every field.
const StatefulSetFormView = memo(StatefulSetForm)
// Only for a document the designer does not model (a ConfigMap…), which few designs select.
const keptResource = lazyPart(() => import('./KeptResource').then((module) => module.KeptResource))
const ServiceFormView = memo(ServiceForm)

/** The Design region: pick a resource, edit it in a form; every edit is one store intent. */
export function DesignPanel() {
  const container = useRef<HTMLDivElement>(null)
  const { resources, active } = useActiveResource()
  useRevealFocus(container)
  return (
    <div ref={container} className="design-panel">
      <header className="region-header">
        <h2>Design</h2>
        <span className="region-header-note">Every field is checked as you type</span>
      </header>
      <ResourcePicker resources={resources} active={active} />
      {/* Keyed by resource: switching resources starts every field afresh. */}
      <div className="design-form" key={active?.pointer ?? 'none'}>
        {!active && (
          <p className="field-hint">
            The design is empty. Add a StatefulSet and its headless Service to begin.
          </p>
        )}
        {active?.kind === 'StatefulSet' && <StatefulSetFormView pointer={active.pointer} />}
        {active?.kind === 'Service' && <ServiceFormView pointer={active.pointer} />}
        {active && !active.kind && <keptResource.Part fallback={null} resource={active} />}
      </div>
    </div>
  )
}
