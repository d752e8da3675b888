import type { ResourceRef } from '../../core'
import { studioStore } from '../../store'

interface ResourcePickerProps {
  resources: ResourceRef[]
  active: ResourceRef | undefined
}

/** Chips listed at most: a 10,000-document file must not become 10,000 buttons (the YAML has them all). */
export const MAX_RESOURCE_CHIPS = 100

function describe(resource: ResourceRef): string {
  return resource.kind ? resource.rawKind : `${resource.rawKind || 'Document'} (kept as is)`
}

/** The design's resources: pick one to edit, add StatefulSets and Services. */
export function ResourcePicker({ resources, active }: ResourcePickerProps) {
  const { select, addStatefulSet, addService, duplicateResource, removeResource } = studioStore.getState()
  const listed = resources.slice(0, MAX_RESOURCE_CHIPS)
  if (active && !listed.includes(active)) listed.push(active)
  const unlisted = resources.length - listed.length
  return (
    <nav className="resource-picker" aria-label="Resources">
      <ul>
        {listed.map((resource) => (
          <li key={resource.pointer}>
            <button
              type="button"
              className={`resource-chip ${resource.kind ? '' : 'resource-chip-kept'}`}
              aria-current={resource === active ? 'true' : undefined}
              onClick={() => select(resource.pointer)}
            >
              <span className="resource-chip-kind">{describe(resource)}</span>
              <span className="resource-chip-name">{resource.name || '(unnamed)'}</span>
            </button>
          </li>
        ))}
      </ul>
      {unlisted > 0 && (
        <p className="field-hint">
          … and {unlisted.toLocaleString()} more documents, not listed here: they are all in the YAML.
        </p>
      )}
      <div className="resource-picker-actions">
        <button type="button" className="button button-small" onClick={addStatefulSet}>
          Add StatefulSet
        </button>
        <button type="button" className="button button-small" onClick={addService}>
          Add Service
        </button>
        {active?.kind && (
          <span className="resource-picker-current">
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Duplicate ${active.kind} ${active.name}`}
              onClick={() => duplicateResource(active.pointer)}
            >
              Duplicate
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Remove ${active.kind} ${active.name}`}
              onClick={() => removeResource(active.pointer)}
            >
              Remove
            </button>
          </span>
        )}
      </div>
    </nav>
  )
}
