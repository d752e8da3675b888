import { locatePointer } from '../../core'
import type { ResourceRef } from '../../core'
import { studioStore } from '../../store'

/** A document the app does not model (a ConfigMap, a Secret…): listed, kept byte for byte, edited in the YAML. */
export function KeptResource({ resource }: { resource: ResourceRef }) {
  const show = () => {
    const { design, revealPlace } = studioStore.getState()
    revealPlace(resource.pointer, locatePointer(design, resource.pointer)?.line)
  }
  return (
    <div className="kept-resource">
      <p>
        <strong>
          {resource.rawKind || 'This document'} {resource.name}
        </strong>{' '}
        is not something the designer models. It stays in the file exactly as imported, comments included;
        edit it in the YAML editor.
      </p>
      <button type="button" className="button button-small" onClick={show}>
        Show in YAML
      </button>
    </div>
  )
}
