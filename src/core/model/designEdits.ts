import { applyPatch, getField } from './edit'
import { isObject } from './json'
import { findResourceByPointer, listResources, listStatefulSets } from './resources'
import type { ModelledKind } from './resources'
import type { Design, JsonObject, JsonValue, PatchOperation } from './types'
import { asLabels } from './views'

/**
 * Structural edits of the design (add, duplicate, remove, rename, labels). Like every edit function they
 * return a new design and leave documents they do not touch `===` to before.
 */

/** Which label set of a StatefulSet an edit is about. */
export type StatefulSetLabelSet = 'selector' | 'template'

/** A name like `base`, `base-2`, `base-3`… that no resource of this kind uses yet. */
export function createUniqueName(design: Design, kind: ModelledKind, base: string): string {
  const taken = new Set(
    listResources(design)
      .filter((resource) => resource.kind === kind)
      .map((resource) => resource.name),
  )
  if (!taken.has(base)) return base
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base.slice(0, 60)}-${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

function appendDocument(design: Design, value: JsonObject): Design {
  return { ...design, documents: [...design.documents, { source: '', value }] }
}

/** A minimal, valid StatefulSet with one container and one volume claim template. */
function createStatefulSetValue(name: string, serviceName: string): JsonObject {
  const labels = { app: name }
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name },
    spec: {
      serviceName,
      replicas: 1,
      selector: { matchLabels: { ...labels } },
      template: {
        metadata: { labels: { ...labels } },
        spec: {
          containers: [
            {
              name,
              image: 'registry.k8s.io/nginx-slim:0.27',
              ports: [{ name: 'web', containerPort: 80 }],
            },
          ],
        },
      },
    },
  }
}

/** A headless Service selecting `app: <name>`. */
function createServiceValue(name: string, selectorApp: string): JsonObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { clusterIP: 'None', selector: { app: selectorApp }, ports: [{ name: 'web', port: 80 }] },
  }
}

/** Appends a new StatefulSet (and nothing else); returns the design and the new resource's pointer. */
export function addStatefulSet(design: Design): { design: Design; pointer: string } {
  const name = createUniqueName(design, 'StatefulSet', 'app')
  return {
    design: appendDocument(design, createStatefulSetValue(name, name)),
    pointer: `/${design.documents.length}`,
  }
}

/** Appends a new headless Service; returns the design and the new resource's pointer. */
export function addService(design: Design): { design: Design; pointer: string } {
  const name = createUniqueName(design, 'Service', 'app')
  return {
    design: appendDocument(design, createServiceValue(name, name)),
    pointer: `/${design.documents.length}`,
  }
}

/**
 * Appends a copy of a modelled resource under a free name (`<name>-copy`, `<name>-copy-2`…) as a new
 * document; returns the design unchanged and a null pointer when there is no such resource.
 */
export function duplicateResource(
  design: Design,
  pointer: string,
): { design: Design; pointer: string | null } {
  const resource = findResourceByPointer(design, pointer)
  if (!resource?.kind) return { design, pointer: null }
  const name = createUniqueName(design, resource.kind, `${resource.name || resource.kind.toLowerCase()}-copy`)
  const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {}
  const copy: JsonObject = {
    ...structuredCopy(resource.object),
    metadata: { ...structuredCopy(metadata), name },
  }
  return { design: appendDocument(design, copy), pointer: `/${design.documents.length}` }
}

function structuredCopy<T extends JsonValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Removes a resource: its whole document, or its item when it sits in a `kind: List`. */
export function removeResource(design: Design, pointer: string): Design {
  const resource = findResourceByPointer(design, pointer)
  if (!resource) return design
  if (resource.segments.length === 0) {
    return { ...design, documents: design.documents.filter((_, index) => index !== resource.documentIndex) }
  }
  return applyPatch(design, [{ pointer }])
}

/**
 * Renames a Service and every StatefulSet of its namespace whose serviceName pointed at the old name, so
 * the governing relation survives the rename (one edit).
 */
export function renameService(design: Design, pointer: string, name: string): Design {
  const service = findResourceByPointer(design, pointer)
  if (service?.kind !== 'Service' || service.name === name) return design
  const patch: PatchOperation[] = [{ pointer: `${pointer}/metadata/name`, value: name }]
  for (const statefulSet of listStatefulSets(design)) {
    const spec = statefulSet.object.spec
    if (
      statefulSet.namespace === service.namespace &&
      isObject(spec) &&
      spec.serviceName === service.name &&
      service.name !== ''
    ) {
      patch.push({ pointer: `${statefulSet.pointer}/spec/serviceName`, value: name })
    }
  }
  return applyPatch(design, patch)
}

const LABEL_POINTERS: Record<StatefulSetLabelSet, string> = {
  selector: '/spec/selector/matchLabels',
  template: '/spec/template/metadata/labels',
}

/**
 * The other label set after an edit of one of them, with the same keys added, changed and removed; keys
 * the edit did not touch stay as they were (a template may carry more labels than the selector).
 */
export function mirrorLabelEdit(
  before: Record<string, string>,
  after: Record<string, string>,
  other: Record<string, string>,
): Record<string, string> {
  const mirrored = { ...other }
  for (const key of Object.keys(before)) if (!(key in after)) delete mirrored[key]
  for (const [key, value] of Object.entries(after)) if (before[key] !== value) mirrored[key] = value
  return mirrored
}

/**
 * Sets the selector's matchLabels or the pod template's labels of a StatefulSet. With `keepInSync` the
 * same change is made to the other set, so the selector keeps matching the pods it creates.
 */
export function setStatefulSetLabels(
  design: Design,
  options: {
    pointer: string
    labelSet: StatefulSetLabelSet
    labels: Record<string, string>
    keepInSync: boolean
  },
): Design {
  const { pointer, labelSet, labels, keepInSync } = options
  const patch: PatchOperation[] = [{ pointer: pointer + LABEL_POINTERS[labelSet], value: { ...labels } }]
  if (keepInSync) {
    const otherSet: StatefulSetLabelSet = labelSet === 'selector' ? 'template' : 'selector'
    const before = asLabels(getField(design, pointer + LABEL_POINTERS[labelSet]))
    const other = asLabels(getField(design, pointer + LABEL_POINTERS[otherSet]))
    patch.push({ pointer: pointer + LABEL_POINTERS[otherSet], value: mirrorLabelEdit(before, labels, other) })
  }
  return applyPatch(design, patch)
}
