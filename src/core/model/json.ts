import type { JsonObject, JsonValue } from './types'

/** True for a YAML mapping read as a plain object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A value as text for a message, never throwing: String() of a mapping read from YAML calls its own
 * `toString` key (`{toString: 1}` makes it throw), so mappings and lists are shown as JSON.
 */
export function textOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value)
  try {
    return JSON.stringify(value)
  } catch {
    return Array.isArray(value) ? '[…]' : '{…}'
  }
}

/** The value at `segments` below `root`, or undefined when any step is missing. */
export function getIn(
  root: JsonValue | undefined,
  segments: readonly (string | number)[],
): JsonValue | undefined {
  let node: JsonValue | undefined = root
  for (const segment of segments) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment]
    else if (isObject(node) && Object.hasOwn(node, String(segment))) node = node[String(segment)]
    else return undefined
  }
  return node
}

/**
 * A copy of `root` with `value` at `segments`, creating mappings on the way; untouched branches are
 * shared, so unchanged documents stay `===` to what they were. `undefined` removes the key.
 */
export function setIn(
  root: JsonValue | undefined,
  segments: readonly (string | number)[],
  value: JsonValue | undefined,
): JsonValue {
  if (segments.length === 0) return value === undefined ? null : value
  const [head, ...rest] = segments as [string | number, ...(string | number)[]]
  if (typeof head === 'number' && !isObject(root)) {
    const list = Array.isArray(root) ? root.slice() : []
    if (value === undefined && rest.length === 0) {
      list.splice(head, 1)
      return list
    }
    // An index past the end pads with nulls: a sparse array is no JSON (and no YAML) value.
    while (list.length < head) list.push(null)
    list[head] = setIn(list[head], rest, value)
    return list
  }
  const map: JsonObject = isObject(root) ? { ...root } : {}
  const key = String(head)
  if (value === undefined && rest.length === 0) {
    delete map[key]
    return map
  }
  // defineProperty, not assignment: a `__proto__` key from hostile YAML must stay a plain key.
  Object.defineProperty(map, key, {
    value: setIn(Object.hasOwn(map, key) ? map[key] : undefined, rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return map
}

/** Deep structural equality of two JSON-like values (key order ignored). */
export function isDeepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true
  if (typeof a !== typeof b || a === null || b === null || a === undefined || b === undefined) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => isDeepEqual(item, b[index]))
  }
  if (isObject(a)) {
    if (!isObject(b)) return false
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    return keys.every((key) => Object.hasOwn(b, key) && isDeepEqual(a[key], b[key]))
  }
  return false
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Builds a JSON Pointer from segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => '/' + escapePointerSegment(segment)).join('')
}

/**
 * Parsed pointers. Every bound form field reads its pointer on every store change (dozens of fields per
 * keystroke), so parsing each pointer once matters; the set of pointers in use is small, the bound a safeguard.
 */
const parsedPointers = new Map<string, readonly (string | number)[]>()
const PARSED_POINTERS_LIMIT = 4096

/** Splits a JSON Pointer into segments; numeric segments come back as numbers. */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return []
  let segments = parsedPointers.get(pointer)
  if (!segments) {
    segments = pointer
      .slice(1)
      .split('/')
      .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment))
    if (parsedPointers.size >= PARSED_POINTERS_LIMIT) parsedPointers.clear()
    parsedPointers.set(pointer, segments)
  }
  // A copy: callers may change their array without touching the cache.
  return segments.slice()
}
