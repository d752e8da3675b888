import { fromPointer, getIn, setIn } from './json'
import { listStatefulSets, readableDesign } from './resources'
import type { Design, JsonValue, PatchOperation, QuickFix } from './types'

/** A copy of the design with `value` at `pointer` (document index first); undefined removes the field. */
export function setField(design: Design, pointer: string, value: JsonValue | undefined): Design {
  return applyPatch(design, [{ pointer, ...(value === undefined ? {} : { value }) }])
}

/** The value at a design pointer. */
export function getField(design: Design, pointer: string): JsonValue | undefined {
  const [documentIndex, ...segments] = fromPointer(pointer)
  if (typeof documentIndex !== 'number') return undefined
  return getIn(design.documents[documentIndex]?.value, segments)
}

/** Applies patch operations as one edit. Documents the patch does not touch stay `===` to before. */
export function applyPatch(design: Design, patch: readonly PatchOperation[]): Design {
  if (patch.length === 0) return design
  const documents = design.documents.slice()
  for (const operation of patch) {
    const [documentIndex, ...segments] = fromPointer(operation.pointer)
    if (typeof documentIndex !== 'number') continue
    const document = documents[documentIndex]
    if (!document || segments.length === 0) continue
    const value = 'value' in operation ? operation.value : undefined
    documents[documentIndex] = { ...document, value: setIn(document.value, segments, value) }
  }
  return { ...design, documents }
}

/** Applies a quick fix of a finding as one edit. */
export function applyQuickFix(design: Design, fix: QuickFix): Design {
  return applyPatch(design, fix.patch)
}

/**
 * Sets the replicas of the first StatefulSet with this name (in `opts.namespace`, when given). The design
 * comes back unchanged when there is no such StatefulSet or the count is not a whole number from 0 to
 * 2147483647 (Kubernetes' int32).
 */
export function scaleStatefulSet(
  design: Design,
  statefulSetName: string,
  replicas: number,
  opts?: { namespace?: string },
): Design {
  if (!Number.isSafeInteger(replicas) || replicas < 0 || replicas > 2147483647) return design
  // Names are unique per namespace only: `opts.namespace` picks among same-named StatefulSets.
  // A missing or malformed design (from plain JavaScript) has no StatefulSet: it comes back unchanged.
  const statefulSet = listStatefulSets(readableDesign(design)).find(
    (resource) =>
      resource.name === statefulSetName &&
      (opts?.namespace === undefined || resource.namespace === opts.namespace),
  )
  if (!statefulSet) return design
  return setField(design, `${statefulSet.pointer}/spec/replicas`, replicas)
}
