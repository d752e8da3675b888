import { exportYaml } from '../core'
import type { Design, JsonValue } from '../core'
import { parseSavedDesign } from './persistence'

/**
 * What another tab saved, when it differs from the design on screen here: the `storage` event's new value
 * read like a reload would read it. Null when it is the same design, unreadable, or a removal.
 */
export function readOtherTabSave(raw: string | null, current: Design): Design | null {
  if (raw === null) return null
  const loaded = parseSavedDesign(raw)
  if (loaded.kind !== 'loaded') return null
  return exportYaml(loaded.design) === exportYaml(current) ? null : loaded.design
}

/** The first `__proto__` key anywhere in the design's values: no manifest has one; crafted links do. */
export function hasPrototypeKey(design: Design): boolean {
  const stack: JsonValue[] = design.documents.map((document) => document.value)
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null) continue
    if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, '__proto__')) return true
    stack.push(...Object.values(value))
  }
  return false
}
