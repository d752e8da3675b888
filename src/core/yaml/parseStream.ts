import { isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml'
import type { Document } from 'yaml'
import type { JsonValue } from '../model/types'
import { YAML_PARSE_OPTIONS } from './options'

/** One YAML document of a stream, parsed, with where its text starts. */
export interface StreamDocument {
  /** The parse; null for a document whose value a QuickReader read instead (see `quickValue`). */
  document: Document.Parsed | null
  /** The value a QuickReader read, for a document with no parse. */
  quickValue?: JsonValue
  /** Offset in the whole text where the parsed segment starts (the document's node ranges count from here). */
  segmentOffset: number
  /** This document's exact text: separator, comments and trailing blank lines included. */
  source: string
  /** Offset in the whole text where `source` starts. */
  offset: number
}

/** A syntax error, positioned in the whole text. */
export interface StreamError {
  message: string
  line: number
  column: number
}

/** The parse of a whole stream. */
export interface ParsedStream {
  documents: StreamDocument[]
  errors: StreamError[]
}

/** The parse of one segment: its documents with their ranges in the segment, and its errors. */
export interface SegmentParse {
  documents: { document: Document.Parsed; start: number; end: number }[]
  errors: { message: string; line: number; column: number }[]
}

const CACHE_CHARACTER_BUDGET = 8 * 1024 * 1024

/** Parsed segments by their text: re-reading a big file after a small edit re-parses only what changed. */
const segmentCache = textKeyedCache<SegmentParse>()

/**
 * A cache keyed by document text, least recently used first out once its keys pass
 * CACHE_CHARACTER_BUDGET characters.
 */
function textKeyedCache<V>() {
  const entries = new Map<string, V>()
  let characters = 0
  return {
    has: (text: string) => entries.has(text),
    get(text: string): V | undefined {
      const value = entries.get(text)
      if (value !== undefined) {
        // Refresh its place in the least-recently-used order.
        entries.delete(text)
        entries.set(text, value)
      }
      return value
    },
    set(text: string, value: V): void {
      if (entries.delete(text)) characters -= text.length
      entries.set(text, value)
      characters += text.length
      for (const [key] of entries) {
        if (characters <= CACHE_CHARACTER_BUDGET) break
        entries.delete(key)
        characters -= key.length
      }
    },
    clear(): void {
      entries.clear()
      characters = 0
    },
  }
}

/** Parses one segment of text, from the cache when it was read before. The result is shared: never mutate it. */
export function parseSegment(text: string): SegmentParse {
  const cached = segmentCache.get(text)
  if (cached) return cached
  const parsed = parseAllDocuments(text, YAML_PARSE_OPTIONS)
  const documents = (Array.isArray(parsed) ? parsed : []) as Document.Parsed[]
  const result: SegmentParse = {
    documents: documents.map((document, index) => ({
      document,
      start: index === 0 ? 0 : document.range[0],
      end: index + 1 < documents.length ? documents[index + 1]!.range[0] : text.length,
    })),
    errors: [
      ...separatorProblem(text),
      ...documents.flatMap((document) => {
        // The first error of a document is the one to fix: an unclosed quote, say, makes the parser
        // misread every line after it, and those follow-on errors (hundreds in a long file) say nothing.
        const error = document.errors[0]
        if (!error) return findDuplicateKeys(document, text)
        // kubectl's reader (go-yaml, after libyaml) lets a quoted text go on over lines indented no deeper
        // than its key, as old manifests did with JSON in annotations; YAML 1.2, and this reader, do not.
        const quote = error.code === 'MISSING_CHAR' && /quote/.test(error.message)
        return [
          {
            message: quote
              ? `${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. If the quoted text goes on over lines indented no deeper than its key, indent those lines further (kubectl tolerates this, YAML does not)`
              : error.message,
            line: error.linePos?.[0]?.line ?? 1,
            column: error.linePos?.[0]?.col ?? 1,
          },
        ]
      }),
    ],
  }
  segmentCache.set(text, result)
  return result
}

/**
 * Kubernetes' YAML reader (kubectl, the API's multi-document decoding) refuses a `---` line followed by
 * anything but a comment ("invalid Yaml document separator"), though YAML allows `--- !!map` or
 * `--- text`. A segment starts with its directives, then its separator line.
 */
export function separatorProblem(text: string): SegmentParse['errors'] {
  let offset = 0
  for (let line = 1; offset < text.length; line++) {
    const newline = text.indexOf('\n', offset)
    const content = text.slice(offset, newline < 0 ? text.length : newline).replace(/\r$/, '')
    if (!content.startsWith('%')) {
      const rest = content.startsWith('---') ? content.slice(3).trim() : ''
      if (rest === '' || rest.startsWith('#')) return []
      return [
        {
          message: `Kubernetes refuses a document separator followed by anything but a comment ("invalid Yaml document separator: ${rest.length > 30 ? rest.slice(0, 30) + '…' : rest}"). Put it on the next line.`,
          line,
          column: content.indexOf(rest) + 1,
        },
      ]
    }
    offset = newline < 0 ? text.length : newline + 1
  }
  return []
}

/** A piece of a stream's text that starts a document: where it starts, and on which line (1-based). */
export interface Segment {
  text: string
  offset: number
  line: number
}

/**
 * Splits a stream before each `---` line (and the directives above it). YAML forbids a line starting
 * with `---` inside any node, so these are always document boundaries. A stream of JSON objects one
 * after another (see `jsonObjectStarts`) is split before each object instead.
 */
export function splitSegments(text: string): Segment[] {
  const objectStarts = jsonObjectStarts(text)
  if (objectStarts) return segmentsAt(text, objectStarts)
  const starts: { offset: number; line: number }[] = [{ offset: 0, line: 1 }]
  let directiveStart: { offset: number; line: number } | null = null
  let line = 1
  for (let offset = 0; offset < text.length;) {
    const newline = text.indexOf('\n', offset)
    const lineEnd = newline < 0 ? text.length : newline
    if (text.startsWith('%', offset)) directiveStart ??= { offset, line }
    else if (
      text.startsWith('---', offset) &&
      (lineEnd === offset + 3 || /[ \t\r]/.test(text[offset + 3]!))
    ) {
      const start = directiveStart ?? { offset, line }
      if (start.offset > 0) starts.push(start)
      directiveStart = null
    } else directiveStart = null
    offset = lineEnd + 1
    line++
  }
  return starts.map((start, index) => ({
    text: text.slice(start.offset, starts[index + 1]?.offset ?? text.length),
    offset: start.offset,
    line: start.line,
  }))
}

/** The segments of a text that start at these offsets (the first is 0), with their lines counted once. */
function segmentsAt(text: string, offsets: readonly number[]): Segment[] {
  const segments: Segment[] = []
  let line = 1
  // The first newline not counted yet: on one long line of objects, each is looked for only once.
  let newline = text.indexOf('\n')
  for (const [index, offset] of offsets.entries()) {
    while (newline >= 0 && newline < offset) {
      line++
      newline = text.indexOf('\n', newline + 1)
    }
    segments.push({ text: text.slice(offset, offsets[index + 1] ?? text.length), offset, line })
  }
  return segments
}

// Character codes the JSON scan compares against.
const TAB = 9
const LINE_FEED = 10
const CARRIAGE_RETURN = 13
const SPACE = 32
const QUOTE = 34
const OPEN_BRACKET = 91
const BACKSLASH = 92
const CLOSE_BRACKET = 93
const OPEN_BRACE = 123
const CLOSE_BRACE = 125

/** Go's encoding/json refuses nesting deeper than this; deeper text is left to the YAML reader. */
const MAX_JSON_DEPTH = 10_000
/** A closing brace, whitespace, an opening brace: where two objects of a stream meet. */
const OBJECTS_MEET = /\}[ \t\r\n]*\{/

/**
 * Where each object starts in a stream of two or more JSON objects separated only by whitespace (what
 * `jq -c` or `cat a.json b.json` write), or null for any other text. kubectl reads such a stream (its
 * YAMLOrJSONDecoder sees the leading `{` and hands the text to Go's json.Decoder, one object after
 * another); YAML refuses it. Each object must be valid JSON (JSON.parse says so, natively), so every text
 * YAML reads today is left to YAML: JSON is YAML, and two flow mappings in a row are a YAML error.
 * Whitespace between objects belongs to the object before it; leading whitespace to the first. Linear.
 */
function jsonObjectStarts(text: string): number[] | null {
  const first = skipJsonWhitespace(text, 0)
  // A single object (the common JSON manifest) has no closing brace followed by an opening one.
  if (text.charCodeAt(first) !== OPEN_BRACE || !OBJECTS_MEET.test(text)) return null
  const starts = [0]
  let objectStart = first
  let depth = 0
  for (let index = first; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === QUOTE) {
      // Braces inside strings do not count: skip to the closing quote, over escapes.
      for (index++; index < text.length && text.charCodeAt(index) !== QUOTE; index++)
        if (text.charCodeAt(index) === BACKSLASH) index++
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) return null
    } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) {
      if (!isJsonObject(text.slice(objectStart, index + 1))) return null
      const next = skipJsonWhitespace(text, index + 1)
      if (next >= text.length) return starts.length > 1 ? starts : null
      if (text.charCodeAt(next) !== OPEN_BRACE) return null
      starts.push(next)
      objectStart = next
      index = next - 1
    }
  }
  return null
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    // Not JSON, or nested past what the engine parses: left to the YAML reader.
    return false
  }
}

/**
 * True when these texts, joined with nothing between, read back as exactly these documents: a stream
 * of JSON objects, one per text. Export writes such a stream as it was, without `---` separators.
 */
export function joinsAsJsonStream(texts: readonly string[]): boolean {
  const first = texts[0]
  if (texts.length < 2 || first === undefined) return false
  // Most texts are YAML: say no before joining them.
  if (first.charCodeAt(skipJsonWhitespace(first, 0)) !== OPEN_BRACE) return false
  const starts = jsonObjectStarts(texts.join(''))
  if (starts?.length !== texts.length) return false
  let offset = 0
  return texts.every((text, index) => {
    const startsHere = starts[index] === offset
    offset += text.length
    return startsHere
  })
}

function skipJsonWhitespace(text: string, index: number): number {
  for (; ; index++) {
    const code = text.charCodeAt(index)
    if (code !== SPACE && code !== LINE_FEED && code !== CARRIAGE_RETURN && code !== TAB) return index
  }
}

/**
 * Duplicate keys, found in linear time. The yaml package's own check (`uniqueKeys`) compares every pair
 * of keys, which takes seconds on one large mapping: a cheap way to freeze the tab with hostile input.
 * Reports the first duplicate in document order, as a pre-order walk meets mappings; the walk keeps its
 * own stack (no recursion to overflow) and does not follow aliases. It runs on every parsed document,
 * so it avoids the package's generic `visit`, which cost about five times as much on a 1 MB file.
 */
function findDuplicateKeys(document: Document.Parsed, text: string): SegmentParse['errors'] {
  const stack: unknown[] = [document.contents]
  while (stack.length > 0) {
    const node = stack.pop()
    if (isMap(node)) {
      const seen = new Set<string>()
      for (const pair of node.items) {
        const key = pair.key
        if (!isScalar(key)) continue
        // Merge keys may repeat; with `merge: true` the package reads `<<` as a symbol, not as text.
        if (key.source === '<<' && (key.value === '<<' || typeof key.value === 'symbol')) continue
        const name = String(key.value)
        if (seen.has(name)) {
          const position = lineAndColumn(text, key.range?.[0] ?? 0)
          return [{ message: `Map keys must be unique; "${name}" is repeated`, ...position }]
        }
        seen.add(name)
      }
    }
    if (isMap(node) || isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index])
    } else if (isPair(node)) {
      stack.push(node.value, node.key)
    }
  }
  return []
}

/** The 1-based line and column of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Forgets every cached parse (benchmarks measure cold reads with it). */
export function clearParseCache(): void {
  segmentCache.clear()
  quickCache.clear()
}

/**
 * Values a QuickReader read, by segment text: a worker reading a large text again after a one-line edit
 * reads one document anew.
 */
const quickCache = textKeyedCache<{ value: JsonValue }>()

/**
 * A segment's value from the quick reader, through its cache. A segment the `yaml` package has parsed
 * already is left to that parse (the quick reader declined it before, or the page parsed it).
 */
function readQuicklyCached(text: string, readQuickly: QuickReader): { value: JsonValue } | undefined {
  if (segmentCache.has(text)) return undefined
  const cached = quickCache.get(text)
  if (cached) return cached
  const read = readQuickly(text)
  if (read) quickCache.set(text, read)
  return read
}

/**
 * Reads the value of the only document in one segment's text without building its syntax tree, or
 * says it cannot be sure to read it as the `yaml` package does (undefined): see quickRead.ts.
 */
export type QuickReader = (text: string) => { value: JsonValue } | undefined

/** Parses a YAML stream into documents with their exact source text; errors carry whole-text positions. */
export function parseStream(text: string): ParsedStream {
  return readToEnd(parseStreamSteps(text))
}

/** Runs a step-wise reading (parseStreamSteps, readStreamPart) to its end, on this thread. */
export function readToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * parseStream one segment per step: the caller may pause between steps (a worker does, to notice newer
 * work). Segments are parsed through the cache, so an unchanged document is not parsed twice. With a
 * `readQuickly`, a segment it reads gets its value and no parse (`document` null).
 */
export function* parseStreamSteps(text: string, readQuickly?: QuickReader): Generator<void, ParsedStream> {
  const documents: StreamDocument[] = []
  const errors: StreamError[] = []
  let carried = '' // a leading comment-only segment belongs to the next document
  let carriedOffset = 0
  let carriedLine = 1
  const segments = splitSegments(text)
  const lineStarts = lineStartFinder(text)
  for (const [index, segment] of segments.entries()) {
    if (index > 0) yield
    const quick = carried || !readQuickly ? undefined : readQuicklyCached(segment.text, readQuickly)
    if (quick) {
      const { text: source, offset } = segment
      documents.push({ document: null, quickValue: quick.value, segmentOffset: offset, source, offset })
      continue
    }
    const parse = parseSegment(carried + segment.text)
    const offset = carried ? carriedOffset : segment.offset
    const firstLine = carried ? carriedLine : segment.line
    for (const error of parse.errors) {
      // Objects of a JSON stream may start mid-line: columns on their first line count from the line's start.
      const column = error.line === 1 ? error.column + offset - lineStarts.before(offset) : error.column
      errors.push({ message: error.message, line: error.line + firstLine - 1, column })
    }
    if (parse.documents.length === 0 && index + 1 < segments.length) {
      if (!carried) {
        carriedOffset = segment.offset
        carriedLine = segment.line
      }
      carried += segment.text
      continue
    }
    carried = ''
    const segmentText = text.slice(offset, segment.offset + segment.text.length)
    for (const entry of parse.documents) {
      documents.push({
        document: entry.document,
        segmentOffset: offset,
        source: segmentText.slice(entry.start, entry.end),
        offset: offset + entry.start,
      })
    }
  }
  return { documents, errors }
}

/**
 * Finds where the line holding an offset starts. Asked for offsets in increasing order (as a stream is
 * read), it walks the text once: a long line of many JSON objects, each with an error, stays linear.
 */
function lineStartFinder(text: string): { before(offset: number): number } {
  let lineStart = 0
  let nextNewline: number | undefined
  return {
    before(offset) {
      if (offset < lineStart) return text.lastIndexOf('\n', offset - 1) + 1
      nextNewline ??= text.indexOf('\n')
      while (nextNewline >= 0 && nextNewline < offset) {
        lineStart = nextNewline + 1
        nextNewline = text.indexOf('\n', lineStart)
      }
      return lineStart
    },
  }
}

/**
 * How many characters of the text are not in the parse cache: roughly what reading it would parse anew
 * (a leading comment-only segment, parsed together with the next one, is counted in full).
 */
export function uncachedCharacters(text: string): number {
  let count = 0
  for (const segment of splitSegments(text)) if (!segmentCache.has(segment.text)) count += segment.text.length
  return count
}
