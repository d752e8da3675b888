import { isAlias, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Node } from 'yaml'
import { fromPointer } from '../model/json'
import type { Design } from '../model/types'
import { exportLayout } from './exportYaml'
import { parseSegment } from './parseStream'
import type { StreamDocument } from './parseStream'

/** A position in the exported YAML text, 1-based. */
export interface SourcePosition {
  line: number
  column: number
  /** Offset range of the node in the text, end exclusive. */
  start: number
  end: number
}

/** A document of the stream with its parse. */
type ParsedDocument = StreamDocument & { document: NonNullable<StreamDocument['document']> }

interface SourceMap {
  text: string
  /** The parse of each design document, by index: undefined until asked for, null when there is none. */
  documents: (ParsedDocument | null | undefined)[]
  /** Where each document's text starts and ends in `text` (for documents parsed on demand). */
  starts: number[]
  ends: number[]
  lineStarts: number[] | null
}

const sourceMaps = new WeakMap<Design, SourceMap>()

/**
 * Keeps the parse of `text` as the source map of `design` (importYaml calls this; it has parsed already).
 * Documents read without a parse (by a QuickReader) are parsed when a place in them is asked for.
 */
export function rememberSourceMap(design: Design, text: string, documents: StreamDocument[]): void {
  sourceMaps.set(design, {
    text,
    documents: documents.map((entry) => (entry.document ? (entry as ParsedDocument) : undefined)),
    starts: documents.map((entry) => entry.offset),
    ends: documents.map((entry) => entry.offset + entry.source.length),
    lineStarts: null,
  })
}

/**
 * The source map of a design. Without a remembered parse (an edited design, or one read by a worker),
 * documents are parsed one by one when a position in them is asked for, through the parse cache: a
 * finding in one document of a large file does not re-parse the whole text.
 */
function sourceMapOf(design: Design): SourceMap {
  let map = sourceMaps.get(design)
  if (!map) {
    const { text, starts, ends } = exportLayout(design)
    map = { text, documents: [], starts, ends, lineStarts: null }
    sourceMaps.set(design, map)
  }
  return map
}

function documentAt(map: SourceMap, index: number): ParsedDocument | null {
  let entry = map.documents[index]
  if (entry === undefined) {
    const start = map.starts[index]
    const end = map.ends[index]
    entry = null
    if (start !== undefined && end !== undefined) {
      const source = map.text.slice(start, end)
      const parsed = parseSegment(source)
      const first = parsed.documents[0]
      if (first && parsed.errors.length === 0)
        entry = { document: first.document, segmentOffset: start, source, offset: start }
    }
    map.documents[index] = entry
  }
  return entry
}

function positionAt(map: SourceMap, offset: number): { line: number; column: number } {
  if (!map.lineStarts) {
    const starts = [0]
    for (let i = 0; i < map.text.length; i++) if (map.text.charCodeAt(i) === 10) starts.push(i + 1)
    map.lineStarts = starts
  }
  const starts = map.lineStarts
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - starts[low]! + 1 }
}

/**
 * Places found by another thread that parsed the text (a worker reading an import), so that this thread
 * need not parse a document only to place a finding in it: by the document's exact text, then by the
 * pointer inside the document, the offsets of the place from the start of that text. A document's text
 * alone fixes where its nodes are, so the entries hold for every design that has the document unchanged.
 */
const knownPlaces = new Map<string, Map<string, readonly [number, number]>>()
/** Documents with known places kept at most (a few times the largest file one reads). */
const KNOWN_PLACES_LIMIT = 50_000

/** Records where `pointer` (inside the document, '' for the document itself) stands in `source`. */
export function rememberPlace(source: string, pointer: string, start: number, end: number): void {
  let places = knownPlaces.get(source)
  if (!places) {
    if (knownPlaces.size >= KNOWN_PLACES_LIMIT) knownPlaces.clear()
    places = new Map()
    knownPlaces.set(source, places)
  }
  places.set(pointer, [start, end])
}

/** A place inside one document: which document, the pointer inside it, and offsets from its start. */
export interface DocumentPlace {
  index: number
  pointer: string
  start: number
  end: number
}

/**
 * Where each pointer stands inside its document's text, for a design whose text this thread parsed: what
 * a worker hands to `rememberPlace` on the page. Pointers that cannot be placed are left out.
 */
export function placesInDocuments(design: Design, pointers: readonly string[]): DocumentPlace[] {
  const map = sourceMapOf(design)
  const places: DocumentPlace[] = []
  for (const pointer of pointers) {
    const [index] = fromPointer(pointer)
    const position = locatePointer(design, pointer)
    const entry = typeof index === 'number' ? documentAt(map, index) : null
    if (!position || !entry || typeof index !== 'number') continue
    places.push({
      index,
      pointer: pointerInside(pointer),
      start: position.start - entry.offset,
      end: position.end - entry.offset,
    })
  }
  return places
}

/** The part of a design pointer after the document index ('' for the document itself). */
export function pointerInside(pointer: string): string {
  const slash = pointer.indexOf('/', 1)
  return slash < 0 ? '' : pointer.slice(slash)
}

/** A place another thread found (see `rememberPlace`), for document `index` of the map's text. */
function knownPlace(map: SourceMap, index: number, pointer: string): SourcePosition | undefined {
  const parsed = map.documents[index]
  const start = parsed ? parsed.offset : map.starts[index]
  const end = parsed ? parsed.offset + parsed.source.length : map.ends[index]
  if (start === undefined || end === undefined) return undefined
  const place = knownPlaces
    .get(parsed ? parsed.source : map.text.slice(start, end))
    ?.get(pointerInside(pointer))
  if (!place) return undefined
  return { ...positionAt(map, start + place[0]), start: start + place[0], end: start + place[1] }
}

/**
 * Where a JSON Pointer of the design (document index first) stands in the exported YAML: the key of
 * the deepest pair that exists on the way, so a finding about a missing field points at its parent.
 */
export function locatePointer(design: Design, pointer: string): SourcePosition | undefined {
  const map = sourceMapOf(design)
  const [documentIndex, ...segments] = fromPointer(pointer)
  if (typeof documentIndex !== 'number') return undefined
  if (knownPlaces.size > 0) {
    const known = knownPlace(map, documentIndex, pointer)
    if (known) return known
  }
  const entry = documentAt(map, documentIndex)
  if (!entry) return undefined
  const document = entry.document
  let node: unknown = document.contents
  let range: readonly number[] | undefined = document.contents?.range ?? document.range
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(document)
    if (!isCollection(node)) break
    let next: unknown
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment))
      if (!pair) break
      range = (isScalar(pair.key) || isCollection(pair.key) ? (pair.key as Node).range : undefined) ?? range
      next = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment]
      if (!next) break
      range = (next as Node).range ?? range
    } else break
    node = next
  }
  if (!range) return undefined
  const start = entry.segmentOffset + (range[0] ?? 0)
  return { ...positionAt(map, start), start, end: entry.segmentOffset + (range[1] ?? range[0] ?? 0) }
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value)
  return String(key)
}
