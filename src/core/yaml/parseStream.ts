import { isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml'
import type { Document } from 'yaml'
import { YAML_PARSE_OPTIONS } from './options'

/** One YAML document of a stream, parsed, with where its text starts. */
export interface StreamDocument {
  document: Document.Parsed
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

/** Parsed segments by their text: re-reading a big file after a small edit re-parses only what changed. */
const segmentCache = new Map<string, SegmentParse>()
let cachedCharacters = 0
const CACHE_CHARACTER_BUDGET = 8 * 1024 * 1024

/** Parses one segment of text, from the cache when it was read before. The result is shared: never mutate it. */
export function parseSegment(text: string): SegmentParse {
  const cached = segmentCache.get(text)
  if (cached) {
    // Refresh its place in the least-recently-used order.
    segmentCache.delete(text)
    segmentCache.set(text, cached)
    return cached
  }
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
  cachedCharacters += text.length
  for (const [key] of segmentCache) {
    if (cachedCharacters <= CACHE_CHARACTER_BUDGET) break
    segmentCache.delete(key)
    cachedCharacters -= key.length
  }
  return result
}

/**
 * Kubernetes' YAML reader (kubectl, the API's multi-document decoding) refuses a `---` line followed by
 * anything but a comment ("invalid Yaml document separator"), though YAML allows `--- !!map` or
 * `--- text`. A segment starts with its directives, then its separator line.
 */
function separatorProblem(text: string): SegmentParse['errors'] {
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

/**
 * Splits a stream before each `---` line (and the directives above it). YAML forbids a line starting
 * with `---` inside any node, so these are always document boundaries.
 */
export function splitSegments(text: string): { text: string; offset: number; line: number }[] {
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
  cachedCharacters = 0
}

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
 * work). Segments are parsed through the cache, so an unchanged document is not parsed twice.
 */
export function* parseStreamSteps(text: string): Generator<void, ParsedStream> {
  const documents: StreamDocument[] = []
  const errors: StreamError[] = []
  let carried = '' // a leading comment-only segment belongs to the next document
  let carriedOffset = 0
  let carriedLine = 1
  const segments = splitSegments(text)
  for (const [index, segment] of segments.entries()) {
    if (index > 0) yield
    const parse = parseSegment(carried + segment.text)
    const offset = carried ? carriedOffset : segment.offset
    const firstLine = carried ? carriedLine : segment.line
    for (const error of parse.errors) {
      errors.push({ message: error.message, line: error.line + firstLine - 1, column: error.column })
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
 * How many characters of the text are not in the parse cache: roughly what reading it would parse anew
 * (a leading comment-only segment, parsed together with the next one, is counted in full).
 */
export function uncachedCharacters(text: string): number {
  let count = 0
  for (const segment of splitSegments(text)) if (!segmentCache.has(segment.text)) count += segment.text.length
  return count
}
