import { applyPatch } from './edit'
import { isObject } from './json'
import { listResources } from './resources'
import type { Design, PatchOperation } from './types'

/** The namespace every modelled object of the design is in, or null when they differ (or there are none). */
export function readDesignNamespace(design: Design): string | null {
  const namespaces = new Set(
    listResources(design)
      .filter((resource) => resource.kind)
      .map((resource) => resource.namespace),
  )
  return namespaces.size === 1 ? [...namespaces][0]! : null
}

/**
 * Moves every StatefulSet and Service of the design to one namespace, as one edit. Objects without a
 * namespace field stay without one when the target is "default" (Kubernetes' default), so the YAML stays lean.
 */
export function moveToNamespace(design: Design, namespace: string): Design {
  const patch: PatchOperation[] = []
  for (const resource of listResources(design)) {
    if (!resource.kind || resource.namespace === namespace) continue
    const metadata = resource.object.metadata
    const written = isObject(metadata) && typeof metadata.namespace === 'string'
    if (!written && !isObject(metadata)) {
      patch.push({ pointer: `${resource.pointer}/metadata`, value: { namespace } })
      continue
    }
    if (!written && namespace === 'default') continue
    patch.push({ pointer: `${resource.pointer}/metadata/namespace`, value: namespace })
  }
  return applyPatch(design, patch)
}
