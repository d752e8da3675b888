import type { JsonObject, JsonValue } from '../model/types'
import { MAX_NESTING_DEPTH } from './options'

/** Raised when a value nests deeper than MAX_NESTING_DEPTH. */
export class NestingTooDeepError extends Error {}

/**
 * Turns what the `yaml` package produced into plain JSON-like data, as Kubernetes' YAML-to-JSON step
 * does: binary as base64 text, sets and ordered maps as lists and mappings, keys as strings.
 */
export function toJsonValue(value: unknown, depth = 0): JsonValue {
  if (depth > MAX_NESTING_DEPTH) throw new NestingTooDeepError()
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  if (value instanceof Date) return value.toISOString()
  if (value instanceof Uint8Array) return encodeBase64(value)
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item, depth + 1))
  if (value instanceof Set) return [...value].map((item) => toJsonValue(item, depth + 1))
  const result: JsonObject = {}
  if (value instanceof Map) {
    for (const [key, item] of value) setEntry(result, String(key), toJsonValue(item, depth + 1))
    return result
  }
  const object = value as Record<string, unknown>
  for (const key of Object.keys(object)) setEntry(result, key, toJsonValue(object[key], depth + 1))
  return result
}

/**
 * Plain assignment is several times faster than defineProperty, and this runs for every key of every
 * imported document; only `__proto__` needs defineProperty, so that a hostile key stays plain data
 * instead of changing the prototype.
 */
function setEntry(result: JsonObject, key: string, item: JsonValue): void {
  if (key === '__proto__')
    Object.defineProperty(result, key, { value: item, enumerable: true, writable: true, configurable: true })
  else result[key] = item
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '='
  }
  return out
}
