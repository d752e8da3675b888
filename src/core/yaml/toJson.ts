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
  const entries: [unknown, unknown][] =
    value instanceof Map ? [...value.entries()] : Object.entries(value as Record<string, unknown>)
  const result: JsonObject = {}
  for (const [key, item] of entries) {
    // defineProperty keeps a hostile `__proto__` key as plain data instead of a prototype change.
    Object.defineProperty(result, String(key), {
      value: toJsonValue(item, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return result
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
