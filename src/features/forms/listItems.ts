import type { JsonValue } from '../../core'

/** The items of a YAML list field, or none when the field holds something else. */
export function asItems(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : []
}

/** A string field of a list item ('' when absent). */
export function itemText(item: JsonValue | undefined, key: string): string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return ''
  const value = item[key]
  return typeof value === 'string' ? value : ''
}
