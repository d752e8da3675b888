import type { ResourceRef } from '../../core'
import { studioStore } from '../../store'

interface ResourcePickerProps {
  resources: ResourceRef[]
  active: ResourceRef | undefined
}

function describe(resource: ResourceRef): string {
  return resource.kind ? resource.rawKind : `${resource.rawKind || 'Document'} (kept as is)`
}

/** The design's resources: pick one to edit, add StatefulSets and Services. */
export function ResourcePicker({ resources, active }: ResourcePickerProps) {
  const { select, addStatefulSet, addService, duplicateResource, removeResource } = studioStore.getState()
  return (
    <nav className="resource-picker" aria-label="Resources">
      <ul>
        {resources.map((resource) => (
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
