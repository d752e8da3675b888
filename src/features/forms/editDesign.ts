import { fromPointer, getField, toPointer } from '../../core'
import type { JsonValue } from '../../core'
import { studioStore } from '../../store'

/**
 * Sets a field, or removes it when `value` is undefined. A removal also removes the mappings it leaves empty,
 * up to (not including) `keepDepth` segments, so clearing the last resource limit does not leave `limits: {}`.
 */
export function editOrClear(pointer: string, value: JsonValue | undefined, keepDepth = 2): void {
  const { design, editField } = studioStore.getState()
  if (value !== undefined) {
    editField(pointer, value)
    return
  }
  if (getField(design, pointer) === undefined) return
  let segments = fromPointer(pointer)
  while (segments.length > keepDepth + 1) {
    const parent = getField(design, toPointer(segments.slice(0, -1)))
    const isOnlyKey =
      typeof parent === 'object' &&
      parent !== null &&
      !Array.isArray(parent) &&
      Object.keys(parent).length === 1
    if (!isOnlyKey) break
    segments = segments.slice(0, -1)
  }
  editField(toPointer(segments), undefined)
}
