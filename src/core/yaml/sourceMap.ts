import { isAlias, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Node } from 'yaml'
import { fromPointer } from '../model/json'
import type { Design } from '../model/types'
import { exportYaml } from './exportYaml'
import { parseStream } from './parseStream'
import type { StreamDocument } from './parseStream'

/** A position in the exported YAML text, 1-based. */
export interface SourcePosition {
  line: number
  column: number
  /** Offset range of the node in the text, end exclusive. */
  start: number
  end: number
}

interface SourceMap {
  text: string
  documents: StreamDocument[]
  lineStarts: number[] | null
}

const sourceMaps = new WeakMap<Design, SourceMap>()

/** Keeps the parse of `text` as the source map of `design` (importYaml calls this; it has parsed already). */
export function rememberSourceMap(design: Design, text: string, documents: StreamDocument[]): void {
  sourceMaps.set(design, { text, documents, lineStarts: null })
}

function sourceMapOf(design: Design): SourceMap {
  let map = sourceMaps.get(design)
  if (!map) {
    const text = exportYaml(design)
    map = { text, documents: parseStream(text).documents, lineStarts: null }
    sourceMaps.set(design, map)
  }
  return map
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
 * Where a JSON Pointer of the design (document index first) stands in the exported YAML: the key of
 * the deepest pair that exists on the way, so a finding about a missing field points at its parent.
 */
export function locatePointer(design: Design, pointer: string): SourcePosition | undefined {
  const map = sourceMapOf(design)
  const [documentIndex, ...segments] = fromPointer(pointer)
  if (typeof documentIndex !== 'number') return undefined
  const entry = map.documents[documentIndex]
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
