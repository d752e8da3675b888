/**
 * A quick reader for the value of one document, for large imports (the app's reader workers).
 *
 * The `yaml` package reads about 2 MB of manifests a second: 1 MB takes half a second before anything can
 * be drawn. It builds a full syntax tree, with comments and source ranges, which the app needs to edit a
 * document in place, but not to know its value. js-yaml builds only the value, about ten times faster.
 * The two must never disagree, so this reader is used only where they provably read alike, and says
 * "not sure" (undefined) everywhere else, for the `yaml` package to read as always:
 *
 * - Scalars resolve by the `yaml` package's YAML 1.1 rules as the app configures them (options.ts):
 *   the tags below are those rules, ported, not js-yaml's own YAML 1.1 (which reads base-60 numbers).
 * - Keys become text as the `yaml` package makes them (`~` as the empty key); keys that are mappings or
 *   lists, repeated keys, tags, aliases, merge keys (`<<`), directives, deep nesting and every syntax
 *   error are left to the `yaml` package, which reports them as the app always has.
 * - Kubernetes' own refusals of the text (a `---` line followed by content) are left to it too, and so
 *   are the shapes where fuzzing found the two readers disagree: an indented `---`, a lone carriage
 *   return, a tabbed blank line, an empty or multi-line key, a root that is not a mapping.
 *
 * A differential test (quickRead.test.ts) holds the two readers to the same values on the test suite
 * of YAML itself, on real manifests and on mutations of them.
 */
import {
  COLLECTION_STYLE,
  EVENT_ID,
  FAILSAFE_SCHEMA,
  NOT_RESOLVED,
  SCALAR_STYLE,
  constructFromEvents,
  defineMappingTag,
  defineScalarTag,
  getScalarValue,
  parseEvents,
} from 'js-yaml'
import type { Event, ScalarEvent } from 'js-yaml'
import { fromPointer } from '../model/json'
import type { JsonObject, JsonValue } from '../model/types'
import { separatorProblem } from './parseStream'

/** js-yaml's own nesting limit, kept below MAX_NESTING_DEPTH so that deeper text goes to the full reader. */
const QUICK_MAX_DEPTH = 100

// The `yaml` package's YAML 1.1 scalar rules (schema/yaml-1.1 and schema/common/null), in its order.
const NULL = /^(?:~|[Nn]ull|NULL)?$/
const TRUE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/
const FALSE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/
const INT_BINARY = /^[-+]?0b[0-1_]+$/
const INT_OCTAL = /^[-+]?0[0-7_]+$/
const INT_DECIMAL = /^[-+]?[0-9][0-9_]*$/
const INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const FLOAT_EXPONENT = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/

/** The package's intResolve: the digits after the prefix, underscores dropped, parsed in the radix. */
function integer(source: string, prefixLength: number, radix: number): number {
  const sign = source[0]
  const offset = sign === '-' || sign === '+' ? prefixLength + 1 : prefixLength
  const value = parseInt(source.substring(offset).replace(/_/g, ''), radix)
  return sign === '-' ? -1 * value : value
}

function resolveBool(source: string): boolean | typeof NOT_RESOLVED {
  return TRUE.test(source) ? true : FALSE.test(source) ? false : NOT_RESOLVED
}

function resolveInt(source: string): number | typeof NOT_RESOLVED {
  if (INT_BINARY.test(source)) return integer(source, 2, 2)
  if (INT_OCTAL.test(source)) return integer(source, 1, 8)
  if (INT_DECIMAL.test(source)) return integer(source, 0, 10)
  if (INT_HEX.test(source)) return integer(source, 2, 16)
  return NOT_RESOLVED
}

function resolveFloat(source: string): number | typeof NOT_RESOLVED {
  if (FLOAT_SPECIAL.test(source))
    return source.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : source[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY
  if (FLOAT_EXPONENT.test(source) || FLOAT.test(source)) return parseFloat(source.replace(/_/g, ''))
  return NOT_RESOLVED
}

/** A plain scalar's value: the first of the rules that matches, else the text itself. */
function resolvePlain(source: string): JsonValue {
  if (NULL.test(source)) return null
  for (const resolve of [resolveBool, resolveInt, resolveFloat]) {
    const value = resolve(source)
    if (value !== NOT_RESOLVED) return value
  }
  return source
}

const nullTag = defineScalarTag('tag:yaml.org,2002:null', {
  implicit: true,
  resolve: (source) => (NULL.test(source) ? null : NOT_RESOLVED),
  identify: (value) => value === null,
})
const boolTag = defineScalarTag('tag:yaml.org,2002:bool', {
  implicit: true,
  resolve: resolveBool,
  identify: (value) => typeof value === 'boolean',
})
const intTag = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  resolve: resolveInt,
  identify: () => false,
})
const floatTag = defineScalarTag('tag:yaml.org,2002:float', {
  implicit: true,
  resolve: resolveFloat,
  identify: () => false,
})

/** The package's stringifyKey for scalar keys: null as the empty key, anything else as its text. */
function propertyName(key: unknown): string | null {
  if (key === null) return ''
  return typeof key === 'object' ? null : String(key)
}

/** Plain objects, keys as the `yaml` package writes them; `__proto__` stays an own key (see toJson.ts). */
const mapTag = defineMappingTag<JsonObject>('tag:yaml.org,2002:map', {
  create: () => ({}),
  addPair: (object, key, value) => {
    const text = propertyName(key)
    if (text === null) return 'a mapping or list as a key'
    if (text === '__proto__')
      Object.defineProperty(object, text, { value, enumerable: true, writable: true, configurable: true })
    else object[text] = value as JsonValue
    return ''
  },
  has: (object, key) => {
    const text = propertyName(key)
    return text !== null && Object.prototype.hasOwnProperty.call(object, text)
  },
  keys: (object) => Object.keys(object),
  get: (object, key) => object[String(key)],
  identify: () => false,
})

/** Order matters: implicit scalars try the tags in this order, as the package does. */
const SCHEMA = FAILSAFE_SCHEMA.withTags(nullTag, boolTag, intTag, floatTag, mapTag)

/**
 * The value of the only document in `text` (one segment of a stream, see splitSegments), or undefined
 * when this reader is not sure to give what the `yaml` package gives: the caller then parses the text
 * with it. Never throws.
 */
export function quickDocumentValue(text: string): { value: JsonValue } | undefined {
  const events = plainEvents(text)
  if (!events) return undefined
  try {
    const documents = constructFromEvents(events, { source: text, schema: SCHEMA, maxAliases: 0 })
    return documents.length === 1 ? { value: documents[0] as JsonValue } : undefined
  } catch {
    // A repeated key: the full reader explains it.
    return undefined
  }
}

/** The events of a text both readers read alike (see plainEnough), or undefined. */
function plainEvents(text: string): Event[] | undefined {
  if (separatorProblem(text).length > 0 || LONE_CARRIAGE_RETURN.test(text) || TABBED_BLANK_LINE.test(text))
    return undefined
  try {
    const events = parseEvents(text, { maxDepth: QUICK_MAX_DEPTH })
    return plainEnough(events, text) ? events : undefined
  } catch {
    // Invalid YAML, nesting too deep: the full reader explains it.
    return undefined
  }
}

/**
 * YAML's implicit keys may span at most this many characters (the `yaml` package holds to it; js-yaml need
 * not): longer keys are left to the full reader.
 */
const MAX_IMPLICIT_KEY_LENGTH = 1024

const EXPLICIT_START = /^\uFEFF?---/

const TRAILING_BLANK_LINE = /\n[ \t]*\r?\n$/

/** A carriage return alone: js-yaml breaks the line there, the `yaml` package does not. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/

/**
 * A blank or comment line with a tab in its indentation. Below a block text (`|`), js-yaml ends the text
 * there; the `yaml` package refuses the line ("Block scalar lines must not be less indented…"). Written
 * so that it runs in linear time: ` *` cannot take the first tab, so only one way to match is tried.
 */
const TABBED_BLANK_LINE = /^ *\t[ \t]*(?:#|\r?$)/m

/**
 * One document, without directives, tags, aliases or merge keys, whose keys are non-empty scalars on one
 * line. The `yaml` package refuses some keys js-yaml takes (an empty key with a mapping after it, a key
 * that runs over lines); a mutation fuzz of real manifests found them, so keys are held to what both take.
 */
function plainEnough(events: readonly Event[], text: string): boolean {
  let documents = 0
  // For each open collection: a mapping counts its nodes, so that even counts are keys; -1 for a list.
  const open: number[] = []
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      open.pop()
      continue
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1 || event.directives.length > 0) return false
      // js-yaml takes an indented `---` for a document start; YAML (and the `yaml` package) only one at
      // the start of a line, where splitSegments cuts: a segment's own `---` is its first line.
      if (event.explicitStart && !EXPLICIT_START.test(text)) return false
      open.push(-1)
      continue
    }
    if (event.type === EVENT_ID.ALIAS || event.tagStart >= 0) return false
    const parent = open.length - 1
    // A manifest is a mapping; other roots (a lone text, a list) are left to the full reader, which
    // is stricter about tabs before a root text than js-yaml.
    if (parent === 0 && event.type !== EVENT_ID.MAPPING) return false
    const atKey = parent >= 0 && open[parent]! >= 0 && open[parent]! % 2 === 0
    if (parent >= 0 && open[parent]! >= 0) open[parent]!++
    if (event.type === EVENT_ID.SCALAR) {
      const { valueStart, valueEnd } = event
      if (
        event.style === SCALAR_STYLE.PLAIN &&
        valueEnd - valueStart === 2 &&
        text.startsWith('<<', valueStart)
      )
        return false
      if (
        atKey &&
        (valueEnd <= valueStart ||
          valueEnd - valueStart > MAX_IMPLICIT_KEY_LENGTH ||
          text.lastIndexOf('\n', valueEnd - 1) >= valueStart)
      )
        return false
    } else {
      if (atKey) return false
      open.push(event.type === EVENT_ID.MAPPING ? 0 : -1)
    }
  }
  return documents === 1
}

/**
 * Where each pointer inside a document (`/kind`, `/spec/ports/0/name`) stands in its text, as
 * locatePointer places it there (offsets from the text's start): the key of the deepest pair that exists
 * on the way, or a text item of a list. For a text quickDocumentValue reads (a repeated key is not
 * checked here). Undefined where this reader cannot be sure: the place would be a mapping or a list (the
 * events do not say where those end), or a block text. The caller then parses the document to place it.
 * A test holds this to locatePointer on every key and item of real manifests.
 */
export function quickPlaces(
  text: string,
  pointers: readonly string[],
): (readonly [number, number] | undefined)[] {
  const events = plainEvents(text)
  return pointers.map((pointer) => (events ? placeIn(events, text, fromPointer(pointer)) : undefined))
}

/** Walks the events from the root node along the pointer, as locatePointer walks the parsed nodes. */
function placeIn(
  events: readonly Event[],
  text: string,
  segments: readonly (string | number)[],
): readonly [number, number] | undefined {
  if (segments.length === 0) return rootRange(events, text)
  let index = 1
  let range: readonly [number, number] | undefined
  for (const segment of segments) {
    const node = events[index]
    if (node?.type === EVENT_ID.MAPPING) {
      let cursor = index + 1
      let key: ScalarEvent | undefined
      while (events[cursor] && events[cursor]!.type !== EVENT_ID.POP) {
        const candidate = events[cursor] as ScalarEvent // plainEnough: every key is a scalar
        if (keyText(scalarValue(text, candidate)) === String(segment)) {
          key = candidate
          break
        }
        cursor = after(events, cursor + 1)
      }
      if (!key) break
      range = scalarRange(key)
      index = cursor + 1
    } else if (node?.type === EVENT_ID.SEQUENCE && typeof segment === 'number') {
      let cursor = index + 1
      for (let item = 0; item < segment && events[cursor]?.type !== EVENT_ID.POP; item++)
        cursor = after(events, cursor)
      const item = events[cursor]
      if (!item || item.type === EVENT_ID.POP) break
      range = item.type === EVENT_ID.SCALAR ? scalarRange(item) : undefined
      index = cursor
    } else break
  }
  return range
}

/**
 * The range of a block mapping at the root (the document itself, where findings about a whole resource
 * point): from its first key to the end of its last line, as the `yaml` package ends a block collection
 * after the line break of its last text. Undefined for anything less plain.
 */
function rootRange(events: readonly Event[], text: string): readonly [number, number] | undefined {
  const root = events[1]
  const firstKey = events[2]
  if (root?.type !== EVENT_ID.MAPPING || root.style !== COLLECTION_STYLE.BLOCK) return undefined
  // An anchor before the first key: js-yaml's mapping starts at the anchor, the package's at the key.
  if (root.anchorStart >= 0 || (firstKey?.type === EVENT_ID.SCALAR && firstKey.anchorStart >= 0))
    return undefined
  let last: ScalarEvent | undefined
  for (let index = events.length - 1; index > 1 && !last; index--) {
    const event = events[index]!
    if (event.type === EVENT_ID.SCALAR) last = event
    else if (event.type !== EVENT_ID.POP) return undefined
  }
  if (!last) return undefined
  // A block text at the end: js-yaml's range takes the blank lines after it, the package's does not.
  if (last.style === SCALAR_STYLE.LITERAL_BLOCK || last.style === SCALAR_STYLE.FOLDED_BLOCK)
    return last.valueEnd === text.length && !TRAILING_BLANK_LINE.test(text)
      ? [root.start, last.valueEnd]
      : undefined
  const range = scalarRange(last)
  if (!range) return undefined
  // The package ends the mapping after its last line; trailing comments would count, so none may follow.
  const newline = text.indexOf('\n', range[1])
  if (newline < 0 || text.slice(range[1]).trim() !== '') return undefined
  return [root.start, newline + 1]
}

/** The index just after the node whose event is at `index` (a collection ends at its POP). */
function after(events: readonly Event[], index: number): number {
  let depth = 0
  do {
    const type = events[index]?.type
    if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) depth++
    else if (type === EVENT_ID.POP) depth--
    index++
  } while (depth > 0 && index < events.length)
  return index
}

/** A scalar's value as the `yaml` package reads it (plain texts resolve, quoted ones stay text). */
function scalarValue(text: string, scalar: ScalarEvent): JsonValue {
  const value = getScalarValue(text, scalar)
  return scalar.style === SCALAR_STYLE.PLAIN ? resolvePlain(value) : value
}

/** locatePointer's key text: String of the key's value (`~` is "null" there). */
function keyText(value: JsonValue): string {
  return String(value)
}

/** The range the `yaml` package gives a scalar: quotes included; undefined for block texts. */
function scalarRange(scalar: ScalarEvent): readonly [number, number] | undefined {
  // An empty plain scalar (`key:` with nothing after it) has no place of its own in the events.
  if (scalar.style === SCALAR_STYLE.PLAIN)
    return scalar.valueEnd > scalar.valueStart ? [scalar.valueStart, scalar.valueEnd] : undefined
  if (scalar.style === SCALAR_STYLE.SINGLE_QUOTED || scalar.style === SCALAR_STYLE.DOUBLE_QUOTED)
    return [scalar.valueStart - 1, scalar.valueEnd + 1]
  return undefined
}
